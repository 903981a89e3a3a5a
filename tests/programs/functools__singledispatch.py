import functools
from collections.abc import Sequence, Mapping


@functools.singledispatch
def describe(x):
    return "object:%s" % type(x).__name__


@describe.register
def _(x: int):
    return "int:%d" % x


@describe.register
def _(x: float | str):
    return "number:%r" % x


@describe.register(list)
@describe.register(tuple)
def _(x):
    return "seq[%s]" % ", ".join(describe(i) for i in x)


@describe.register(Mapping)
def _(x):
    return "map{%s}" % ", ".join("%s=%s" % (k, describe(v)) for k, v in x.items())


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register
def _(x: Animal):
    return "animal:" + type(x).__name__


print(describe(3), describe(True), describe(2.5), describe("s"), describe(None))
print(describe([1, (2.0, "x")]), describe({"a": 1, "b": [Dog()]}))
print(describe(Dog()), describe(Animal()))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(set) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry))
print(describe.__name__, describe.__wrapped__.__name__)

try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    @describe.register
    def bad(x):
        return x
except TypeError as e:
    print("TypeError", str(e).split(":")[0])
try:
    describe()
except TypeError as e:
    print("TypeError", e)


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "?%r" % (arg,)

    @fmt.register
    def _(self, arg: int):
        return "#%d" % arg

    @fmt.register(str)
    def _(self, arg):
        return "'%s'" % arg.upper()


f = Formatter()
print(f.fmt(5), f.fmt("abc"), f.fmt([1]), f.fmt(False))


@functools.singledispatch
def total(x):
    raise TypeError("no total for " + type(x).__name__)


@total.register(Sequence)
def _(x):
    return sum(total(i) for i in x)


@total.register(int)
def _(x):
    return x


print(total([1, [2, 3], (4, [5])]), total(range(5)))
try:
    total({1: 2})
except TypeError as e:
    print("TypeError", e)
