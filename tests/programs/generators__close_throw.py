# close(), throw(), GeneratorExit and return values carried by StopIteration.


def counter(log):
    try:
        n = 0
        while True:
            got = yield n
            log.append(("got", got))
            n += 1 if got is None else got
    except GeneratorExit:
        log.append("closing")
        raise
    finally:
        log.append("finally")


log = []
g = counter(log)
print(next(g), g.send(5), next(g), g.send(10))
print(g.close())
print(log)
print(g.close(), "second close is a no-op")
try:
    next(g)
except StopIteration as e:
    print("exhausted after close", repr(e.value))

# close() on a generator that never started just finishes it.
g = counter([])
g.close()
try:
    next(g)
except StopIteration:
    print("never-started generator closed")


# Yielding in response to GeneratorExit is an error.
def stubborn():
    refused = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if refused:
                raise
            refused = True
            print("refusing to close")


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


# Swallowing GeneratorExit by returning is fine.
def swallow():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"


g = swallow()
next(g)
print("close returns", g.close())


# throw() delivers an exception at the yield; the generator can handle it and continue.
def resilient():
    results = []
    while True:
        try:
            x = yield len(results)
            results.append(x)
        except ValueError as e:
            results.append(f"handled {e}")
        except KeyError:
            return results


g = resilient()
next(g)
print(g.send("a"))
print(g.throw(ValueError("bad")))
print(g.throw(ValueError, "worse"))
print(g.send("b"))
try:
    g.throw(KeyError("stop"))
except StopIteration as e:
    print("returned", e.value)

# throw() into a generator that does not handle it propagates and finishes it.
def plain():
    yield 1
    yield 2


g = plain()
next(g)
try:
    g.throw(TypeError("boom"))
except TypeError as e:
    print("propagated", e)
print(list(g))

# throw() into a not-started generator raises at once.
g = plain()
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("early throw", e)
print(next(g, "finished"))


# Return values.
def returns(n):
    for i in range(n):
        yield i
    return f"done after {n}"


g = returns(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)

try:
    next(returns(0))
except StopIteration as e:
    print("value:", e.value)


def returns_none():
    yield 1


g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)


# A return value of a tuple is kept whole.
def ret_tuple():
    yield
    return (1, 2)


g = ret_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print("tuple value", e.value)

# StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("oops")


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# A generator cannot be resumed while running.
def reentrant():
    yield me.send(None)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# Sending non-None to a just-started generator.
try:
    plain().send(1)
except TypeError as e:
    print("TypeError:", e)

# gi_running / gi_frame-free introspection.
g = plain()
print(type(g).__name__, g.__name__, g.__qualname__)


def outer():
    def inner():
        yield 1
    return inner()


print(outer().__qualname__)
