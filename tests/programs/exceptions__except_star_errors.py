# except* type errors: ExceptionGroup types cannot be caught with except*, nor non-exception
# classes; the TypeError replaces the exception being matched (with it as context).


def attempt(label, f):
    try:
        f()
    except BaseException as e:
        ctx = e.__context__
        print(label, "->", type(e).__name__ + ":", e, "| context:", repr(ctx))


def star_eg():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


def star_base_eg():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* BaseExceptionGroup:
        pass


def star_tuple_with_eg():
    try:
        raise ValueError(1)
    except* (ValueError, ExceptionGroup):
        pass


class MyGroup(ExceptionGroup):
    pass


def star_subclass():
    try:
        raise ValueError(1)
    except* MyGroup:
        pass


def star_not_exception():
    try:
        raise ValueError(1)
    except* int:
        pass


def star_instance():
    try:
        raise ValueError(1)
    except* ValueError(2):
        pass


def star_tuple_not_exception():
    try:
        raise ValueError(1)
    except* (ValueError, str):
        pass


def later_clause_invalid():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("first clause ran")
    except* ExceptionGroup:
        pass


def nothing_raised_no_check():
    try:
        pass
    except* ExceptionGroup:
        pass
    print("no exception, no check")


for f in [star_eg, star_base_eg, star_tuple_with_eg, star_subclass, star_not_exception,
          star_instance, star_tuple_not_exception, later_clause_invalid,
          nothing_raised_no_check]:
    attempt(f.__name__, f)

# Plain except still catches groups.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup as e:
    print("plain except:", repr(e))
