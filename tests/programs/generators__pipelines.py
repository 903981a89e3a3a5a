# Generator pipelines with send-driven coroutines, close() propagation and cleanup order.


def numbers(limit, log):
    try:
        for i in range(limit):
            yield i
    finally:
        log.append("numbers done")


def windows(src, size, log):
    buf = []
    try:
        for x in src:
            buf.append(x)
            if len(buf) == size:
                yield tuple(buf)
                buf.pop(0)
    finally:
        log.append("windows done")
        src.close()


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            total, count, avg = 0.0, 0, None
            continue
        if x is None:
            return avg, count
        total += x
        count += 1
        avg = total / count


log = []
w = windows(numbers(100, log), 3, log)
i = 0
for win in w:
    print(win, sum(win))
    if i == 3:
        break
    i += 1
w.close()
print(log)

a = averager()
next(a)
for v in [10, 20, 60]:
    print("avg", a.send(v))
print("reset", a.throw(ValueError))
print("avg", a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)


def tree_walk(node, depth=0):
    name, children = node
    yield depth, name
    for c in children:
        yield from tree_walk(c, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", []), ("c", [("c1", [])])])
for depth, name in tree_walk(tree):
    print("  " * depth + name)


def take(n, it):
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def cycle(seq):
    while True:
        yield from seq


print(list(take(7, cycle("abc"))), list(take(3, iter([1]))))

# A generator closed while suspended in a nested try/finally runs all finally blocks.
def nested_cleanup(log):
    try:
        try:
            yield "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")


log = []
g = nested_cleanup(log)
print(next(g))
g.close()
print(log)
