# except* in generators, coroutines, with blocks, loops and nested functions; sys.exc_info
# during and after the clauses.
import sys


def gen():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("in gen", [ValueError(i), TypeError(i)])
            yield i
        except* ValueError as e:
            yield f"value {e.exceptions}"
        except* TypeError as e:
            yield f"type {e.exceptions}"


print(list(gen()))


async def coro():
    result = None
    try:
        raise ValueError("in coroutine")
    except* ValueError as e:
        result = repr(e)
    return result


c = coro()
try:
    c.send(None)
except StopIteration as s:
    print("coroutine returned", s.value)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit saw", et.__name__ if et else None, repr(ev))
        return False


try:
    with Manager():
        try:
            raise ExceptionGroup("w", [KeyError(1), OSError(2)])
        except* KeyError:
            print("key handled")
except* OSError as e:
    print("outer got", repr(e))

results = []
for n in range(4):
    try:
        if n % 2:
            raise ExceptionGroup("odd", [ValueError(n)])
        results.append(n)
    except* ValueError as e:
        results.append(-n)
print(results)

try:
    raise KeyError("outer")
except KeyError:
    print("before:", repr(sys.exc_info()[1]))
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("in first clause:", repr(sys.exc_info()[1]))
    except* TypeError:
        print("in second clause:", repr(sys.exc_info()[1]))
    print("after:", repr(sys.exc_info()[1]))
print("outside:", sys.exc_info())


def closure():
    found = []

    def inner():
        try:
            raise ExceptionGroup("c", [ValueError(1)])
        except* ValueError as e:
            found.append(e)
    inner()
    return found


print(closure())


def raises_in_handler_context():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("handler")


try:
    raises_in_handler_context()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
