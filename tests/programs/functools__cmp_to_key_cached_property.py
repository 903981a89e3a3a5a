import functools


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha), reverse=True))
print(max(words, key=functools.cmp_to_key(by_len_then_alpha)))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed)
c.r = 10
print(c.area, c.computed)
d = Circle(3)
print(d.area, d.computed, c.area)


@functools.singledispatch
def describe(x):
    return "object %r" % (x,)


@describe.register(int)
def _(x):
    return "int %d" % x


@describe.register(list)
def _(x):
    return "list of %d" % len(x)


print(describe(5), describe([1, 2]), describe("s"), describe(True))
