# except* handlers that raise: the new exceptions and the unhandled rest are raised together
# at the end of the try, as CPython combines them (the re-raised parts keep the original
# structure; new ones are siblings in ExceptionGroup('', [...])).


def describe(e, indent=0):
    pad = "  " * indent
    ctx = e.__context__
    line = f"{pad}{type(e).__name__}: {e}"
    if ctx is not None:
        line += f"  (context {type(ctx).__name__}: {ctx})"
    if e.__cause__ is not None:
        line += f"  (cause {e.__cause__!r})"
    print(line)
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            describe(sub, indent + 1)


def attempt(label, f):
    print("--", label)
    try:
        f()
    except BaseException as e:
        describe(e)
    else:
        print("no exception")


def one_raises():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from value handler")


def two_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise IndexError("i")


def all_handled_one_raises():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError as e:
        raise RuntimeError("replaced") from e


def naked_raises():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("new")


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("not run")


def raise_group_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("from handler", [KeyError(1), KeyError(2)])


def handler_raises_matched_leaf():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e.exceptions[0]


def later_clause_does_not_see_raised():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("raised in the first clause")
    except* TypeError:
        print("never: raised exceptions are not matched by later clauses")


def nested_try_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except* KeyError:
            print("inner handled")
        raise IndexError("after inner")


def raise_in_finally_after_star():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            raise TypeError("t")
        finally:
            print("finally runs")
    except* TypeError as e:
        print("outer caught", repr(e))


for f in [one_raises, two_raise, all_handled_one_raises, naked_raises, naked_unmatched,
          raise_group_in_handler, handler_raises_matched_leaf,
          later_clause_does_not_see_raised, nested_try_in_handler,
          raise_in_finally_after_star]:
    attempt(f.__name__, f)
