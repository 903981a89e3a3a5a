# Generator pipelines: chained generators, send-driven coroutines, early close, infinite streams.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def evens(it):
    return (x for x in it if x % 2 == 0)


def squares(it):
    for x in it:
        yield x * x


print(list(take(5, squares(evens(naturals())))))


def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)
print([avg.send(v) for v in [10, 20, 30, 40]])


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


print(list(chunks(list(range(10)), 3)))


def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


def with_return():
    yield 1
    return "result"


def delegator():
    r = yield from with_return()
    yield r


print(list(delegator()))
g = naturals()
print(next(g), next(g), sum(take(100, g)))
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()))
