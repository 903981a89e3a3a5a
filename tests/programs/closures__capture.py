def make_adder(n):
    return lambda x: x + n


def make_scaler(factor, offset=0):
    def scale(x):
        return x * factor + offset
    return scale


def outer():
    x = 1

    def get():
        return x
    x = 2
    return get


def compose(f, g):
    return lambda x: f(g(x))


def make_counter_report(items):
    total = len(items)

    def report(i):
        return str(i) + "/" + str(total) + ":" + items[i]
    return report


add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0), add5(add10(0)))
triple = make_scaler(3)
affine = make_scaler(2, offset=7)
print(triple(4), affine(4), make_scaler(0.5, 1)(3))
print(outer()())
late = [lambda: i for i in range(4)]
early = [lambda i=i: i for i in range(4)]
print([f() for f in late], [f() for f in early])
inc_then_double = compose(lambda v: v * 2, add5)
print(inc_then_double(1), compose(add5, add5)(0), compose(str, abs)(-12))
report = make_counter_report(["a", "b", "c"])
print(report(0), report(2))
base = 100


def reads_global(v):
    return v + base


print(reads_global(1))
base = 200
print(reads_global(1))


def level1(a):
    def level2(b):
        def level3(c):
            return a * 100 + b * 10 + c
        return level3
    return level2


print(level1(1)(2)(3), level1(9)(8)(7))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "pow": lambda a, b: a ** b}
for name in ["add", "sub", "pow"]:
    print(name, ops[name](7, 3))
handlers = []
for k in range(3):
    handlers.append(make_adder(k * 10))
print([h(1) for h in handlers])
key_fn = make_scaler(-1)
print(sorted([3, 1, 2], key=key_fn), max([3, 1, 2], key=key_fn))
memo = {}


def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


print(fib(90), len(memo))
