# An exception raised in a function called from an except block gets the exception being
# handled as __context__ (CPython's thread-wide exc_info), however deep the call; one raised
# after the handler ended gets none; `from None` suppresses it.
def deep(n):
    if n == 0:
        raise KeyError("deep")
    return deep(n - 1)


def catch_in_callee():
    try:
        deep(3)
    except KeyError as e:
        return e


def show(e):
    c = e.__context__
    print(type(e).__name__, e, "<- context:", type(c).__name__ if c is not None else None,
          c if c is not None else "")


try:
    1 / 0
except ZeroDivisionError:
    show(catch_in_callee())

show(catch_in_callee())


def handler_calls():
    try:
        [][1]
    except IndexError:
        try:
            deep(2)
        except KeyError as e:
            show(e)
        try:
            helper_from_none()
        except ValueError as e:
            print("suppressed:", e.__suppress_context__, type(e.__context__).__name__)


def helper_from_none():
    try:
        {}["x"]
    except KeyError:
        raise ValueError("clean") from None


handler_calls()


def gen():
    yield 1
    raise RuntimeError("from generator")


try:
    raise OSError("outer")
except OSError:
    g = gen()
    next(g)
    try:
        next(g)
    except RuntimeError as e:
        show(e)
