# A bare `raise` in an except* clause re-raises the matched part, which keeps its place in
# the original structure; `raise e` of the same group is a new raise.


def show(e, indent=0):
    print("  " * indent + repr(e) if not isinstance(e, BaseExceptionGroup)
          else "  " * indent + f"{type(e).__name__}({e.message!r})")
    if isinstance(e, BaseExceptionGroup):
        for s in e.exceptions:
            show(s, indent + 1)


def attempt(label, f):
    print("--", label)
    try:
        f()
    except BaseException as e:
        show(e)


def bare():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError:
        raise


def bare_nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [
            TypeError(2), ValueError(3)]), OSError(4)])
    except* ValueError:
        raise
    except* OSError:
        pass


def bare_two_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise


def bare_and_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise KeyError("new")


def named_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def bare_naked():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def bare_everything():
    g = ExceptionGroup("eg", [ValueError(1)])
    try:
        raise g
    except* ValueError:
        raise
    print("unreachable")


def reraise_identity():
    g = ExceptionGroup("eg", [ValueError(1)])
    try:
        try:
            raise g
        except* ValueError:
            raise
    except ExceptionGroup as e:
        print("same group back:", e is g)


def handled_then_bare():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError("inside")
        except KeyError:
            pass
        raise


for f in [bare, bare_nested, bare_two_clauses, bare_and_new, named_raise, bare_naked,
          bare_everything, reraise_identity, handled_then_bare]:
    attempt(f.__name__, f)
