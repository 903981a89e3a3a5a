# Implicit exception context: exceptions raised while handling another one, in handlers,
# finally blocks and callees; cycles; re-raise keeps the context; ends uncaught.


def describe(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(chain)


def cleanup():
    raise OSError("cleanup failed")


def step(n):
    try:
        if n % 2:
            raise ValueError(f"odd {n}")
        return n
    except ValueError:
        cleanup()


for n in range(4):
    try:
        print("ok", step(n))
    except OSError as e:
        print("caught", describe(e))

try:
    try:
        raise KeyError("inner")
    finally:
        print("finally runs")
        raise IndexError("from finally")
except IndexError as e:
    print(describe(e))

try:
    try:
        raise TypeError("a")
    except TypeError as a:
        try:
            raise ValueError("b")
        except ValueError:
            raise a
except TypeError as e:
    print("re-raised", describe(e), type(e.__context__).__name__)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise
except ValueError as e:
    print("bare raise keeps", e.__context__)


def gen():
    try:
        yield 1
        raise LookupError("in generator")
    except LookupError:
        yield 2
        raise ZeroDivisionError("after handling")


g = gen()
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(describe(e))

err = None
for word in ["1", "x", "3"]:
    try:
        int(word)
    except ValueError as e:
        err = e
print("stored", type(err).__name__, err.__context__)


def final():
    try:
        {}["key"]
    except KeyError:
        raise RuntimeError("final failure")


final()
