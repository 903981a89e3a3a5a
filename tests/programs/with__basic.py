# with: enter/exit order, as-targets, multiple items, return/break/continue, suppression.
log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with CM("a") as v:
    print("body", v)

with CM("a") as x, CM("b") as y:
    print("two", x, y)

with CM("plain"):
    print("no target")


class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *args):
        print("pair exit", args)


with Pair() as (p, [q, r]):
    print(p, q, r)

with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with CM("n"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))

try:
    with CM("outer", suppress=True), CM("inner"):
        raise RuntimeError("boom")
    print("outer suppressed it")
except RuntimeError:
    print("not reached")


def ret():
    with CM("r"):
        return "returned"


print(ret())


def ret_nested():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    with CM("n1"), CM("n2"):
        try:
            return "x"
        finally:
            print("finally first")


print(ret_nested())


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return [1]  # truthy non-bool suppresses


with Truthy() as t:
    1 / 0
print("truthy suppressed", type(t).__name__)


class Inherit(CM):
    pass


with Inherit("child") as c:
    print("inherited", c)


def gen():
    with CM("gen"):
        yield 1
        yield 2


for item in gen():
    print("got", item)


class ExitRaises:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        raise TypeError("from exit")


try:
    with ExitRaises():
        raise ValueError("inner")
except Exception as e:
    print(type(e).__name__, e)

try:
    with ExitRaises():
        pass
except Exception as e:
    print(type(e).__name__, e)


class EnterRaises:
    def __enter__(self):
        raise OSError("no enter")

    def __exit__(self, *a):
        print("never")


try:
    with EnterRaises():
        print("never")
except OSError as e:
    print("OSError", e)

for bad in [5, "s", None]:
    try:
        with bad:
            pass
    except TypeError as e:
        print("TypeError:", e)


class OnlyEnter:
    def __enter__(self):
        return 1


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

count = 0
while True:
    with CM("w"):
        count += 1
        if count < 2:
            continue
        break
print("count", count)
