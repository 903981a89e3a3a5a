# except*: each clause, in order, runs once with the part of the group it matches, bound as
# a group; a naked exception is wrapped in ExceptionGroup('', [exc]); else and finally.
import sys


def run(label, exc):
    print("--", label)
    try:
        try:
            if exc is not None:
                raise exc
            print("body done")
        except* ValueError as e:
            print("ValueError clause:", repr(e), type(e).__name__)
            print("  exc_info:", repr(sys.exc_info()[1]))
        except* (TypeError, KeyError) as e:
            print("TypeError/KeyError clause:", repr(e))
        except* LookupError as e:
            print("LookupError clause:", repr(e))
        except* Exception:
            print("Exception clause")
        else:
            print("else")
        finally:
            print("finally")
    except BaseException as e:
        print("escaped:", repr(e))


run("nothing", None)
run("naked ValueError", ValueError(1))
run("naked KeyError", KeyError("k"))
run("naked IndexError", IndexError(2))
run("naked OSError", OSError(3))
run("naked KeyboardInterrupt", KeyboardInterrupt())
run("group", ExceptionGroup("eg", [ValueError(1), TypeError(2), IndexError(3), KeyError(4),
                                   OSError(5), ValueError(6)]))
run("nested", ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [
    TypeError(2), ValueError(3), ExceptionGroup("deep", [IndexError(4)])])]))
run("only values", ExceptionGroup("vals", [ValueError(1), ValueError(2)]))
run("base group", BaseExceptionGroup("b", [ValueError(1), SystemExit(2)]))

# A clause matching the whole group gets the group itself.
g = ExceptionGroup("whole", [ValueError(1), ValueError(2)])
try:
    raise g
except* ValueError as e:
    print("whole group:", e is g)

# The bound name is cleared after the clause.
try:
    raise ValueError(1)
except* ValueError as bound:
    pass
print("bound" in globals())


def names():
    try:
        raise TypeError(1)
    except* TypeError as local:
        print(repr(local))
    try:
        return local
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


names()

# A clause runs at most once, even if the group has many matching leaves.
count = 0
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(5)])
except* ValueError as e:
    count += 1
    print(len(e.exceptions))
print("count", count)
