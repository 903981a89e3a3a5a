import functools
import operator


def power(base, exponent, *, mod=None):
    r = base ** exponent
    return r % mod if mod else r


square = functools.partial(power, exponent=2)
cube_mod = functools.partial(power, exponent=3, mod=7)
two_to = functools.partial(power, 2)
print(square(5), cube_mod(4), two_to(10), two_to(10, mod=1000))
print(square.func is power, square.args, square.keywords, two_to.args)
nested = functools.partial(two_to, mod=9)
print(nested(5), nested.func is power, nested.args, nested.keywords)
print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(operator.mul, range(1, 11)))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(functools.reduce(max, [3, 9, 2], 0), functools.reduce(operator.add, [], 42))
print(functools.reduce(lambda a, b: a + b, ["x"]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
base2 = functools.partial(int, base=2)
print([base2(s) for s in ["1", "101", "1111"]], repr(base2))
