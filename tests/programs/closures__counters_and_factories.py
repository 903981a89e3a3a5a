# Closures: factories, late binding, nonlocal, closures over loop variables, decorators.
def counter(start=0, step=1):
    value = start

    def next_value():
        nonlocal value
        value += step
        return value

    return next_value


a, b = counter(), counter(10, 5)
print([a() for _ in range(3)], [b() for _ in range(3)], a())

late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))


def make_adders():
    adders = {}
    for name, k in [("one", 1), ("ten", 10)]:
        def add(x, k=k):
            return x + k
        adders[name] = add
    return adders


adders = make_adders()
print(adders["one"](5), adders["ten"](5))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "rebound"
    return middle()()


print(outer())


def accumulate():
    total = []

    def add(v):
        total.append(v)
        return sum(total)

    return add


acc = accumulate()
print(acc(1), acc(2), acc(3))
