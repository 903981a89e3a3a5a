# yield from passes send(), throw() and close() through to the inner generator.


def inner(log):
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                log.append(f"inner handled {e}")
                x = 100
            if x is None:
                break
            total += x
    except GeneratorExit:
        log.append("inner closed")
        raise
    finally:
        log.append("inner finally")
    return total


def outer(log):
    try:
        result = yield from inner(log)
        log.append(f"inner returned {result}")
        again = yield from inner(log)
        log.append(f"second inner returned {again}")
        return result + again
    except GeneratorExit:
        log.append("outer closed")
        raise
    except KeyError as e:
        log.append(f"outer caught {e!r}")
        yield "after KeyError"


log = []
g = outer(log)
print(next(g))
print(g.send(1), g.send(2))
print(g.throw(ValueError("v")))
print(g.send(None))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("outer returned", e.value)
print(log)

# close() reaches the innermost generator first.
log = []
g = outer(log)
next(g)
g.send(3)
g.close()
print(log)

# An exception the inner generator does not handle propagates to the outer one.
log = []
g = outer(log)
next(g)
print(g.throw(KeyError("k")))
print(log)


# Three levels of delegation, with return values flowing up.
def leaf(n):
    got = []
    for i in range(n):
        v = yield i
        got.append(v)
    return got


def middle(n):
    a = yield from leaf(n)
    b = yield from leaf(n)
    return a + b


def top(n):
    r = yield from middle(n)
    return len(r), r


g = top(2)
out = [next(g)]
try:
    while True:
        out.append(g.send(len(out) * 10))
except StopIteration as e:
    print(out, "->", e.value)


# yield from non-generator iterables.
def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, (3, [4, 5]), 6], (), [[7]]])))


def chain(*its):
    for it in its:
        yield from it


print(list(chain("ab", range(3), {"k": 1}, (x * x for x in range(3)))))


# A user iterator with send/throw methods used by yield from.
class Echo:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return self.n

    def send(self, v):
        return f"echo {v}"

    def throw(self, exc):
        return f"caught {type(exc).__name__}"


def uses_echo():
    r = yield from Echo()
    yield f"result {r}"


g = uses_echo()
print(next(g), g.send("hi"), g.throw(ValueError("x")), next(g), next(g), next(g))


# Generator expressions and generator state.
gen = (i * 2 for i in range(3))
print(next(gen), list(gen), list(gen))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])
f.close()
print(next(f, "closed"))
