log = []


def noisy(x):
    log.append(x)
    return x * 10


m = map(noisy, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
f = filter(lambda x: log.append(("f", x)) or x % 2, range(6))
print(log[-1:], next(f), next(f), log[-2:])
z = zip("abc", range(10))
print(next(z), list(z))


def naturals():
    n = 0
    while True:
        yield n
        n += 1


pairs = zip(naturals(), "xyz")
print(list(pairs))
e = enumerate(naturals(), 100)
print(next(e), next(e))
sq = map(lambda n: n * n, naturals())
print([next(sq) for _ in range(5)])
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(zip()), list(map(str, [])))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
print(list(enumerate("ab", start=-1)), list(filter(None, [0, "", 3, None, "x"])))
try:
    next(map(lambda x: 1 / x, [0]))
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
