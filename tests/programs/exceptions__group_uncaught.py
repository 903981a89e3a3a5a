# An uncaught exception group nested in another, raised while handling an exception: exit 1.


def inner():
    raise ExceptionGroup("inner", [ValueError(1), ExceptionGroup("deeper", [OSError(2)])])


try:
    inner()
except ExceptionGroup as g:
    print("caught", repr(g))
    raise BaseExceptionGroup("outer", [g, KeyboardInterrupt()])
