# Async generators: async for, __anext__, asend, athrow, aclose, finally, awaits inside.
import asyncio


async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker cleanup")


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
            except ValueError as e:
                received.append(f"handled {e}")
                v = None
            received.append(v)
            await asyncio.sleep(0)
    except GeneratorExit:
        print("echo closing with", received)
        raise


async def basics():
    out = []
    async for t in ticker(4):
        out.append(t)
    print("async for:", out)

    g = ticker(3)
    print("type:", type(g).__name__, g.__aiter__() is g)
    print("anext:", await g.__anext__(), await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("exhausted:", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("still exhausted")

    e = echo()
    print("first", await e.asend(None))
    print("asend", await e.asend("a"), await e.asend("b"))
    print("athrow", await e.athrow(ValueError("bad")))
    print("athrow class", await e.athrow(ValueError, "worse"))
    await e.aclose()
    print("aclose again:", await e.aclose())

    try:
        await echo().asend("x")
    except TypeError as err:
        print("TypeError:", err)

    # athrow of an unhandled exception finishes the generator.
    g = ticker(5)
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError as err:
        print("propagated", repr(err))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("finished after athrow")

    # Breaking out of async for leaves the generator suspended; aclose runs its finally.
    g = ticker(10)
    async for t in g:
        if t == 2:
            break
    print("broke at", t)
    await g.aclose()

    # A generator that ignores GeneratorExit.
    async def stubborn():
        while True:
            try:
                yield 1
            except GeneratorExit:
                print("ignoring close once")
                break
        yield 2

    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as err:
        print("RuntimeError:", err)

    # Reusing an awaited awaitable.
    g = ticker(3)
    step = g.__anext__()
    print("step result", await step)
    try:
        await step
    except RuntimeError as err:
        print("RuntimeError:", err)
    await g.aclose()


async def comprehensions():
    print([x * 10 async for x in ticker(4)])
    print({x: x * x async for x in ticker(3) if x})
    print({x % 2 async for x in ticker(5)})
    nested = [(a, b) async for a in ticker(2) for b in "xy"]
    print(nested)
    gen = (x + 100 async for x in ticker(3))
    print(type(gen).__name__, [y async for y in gen])

    async def double(v):
        await asyncio.sleep(0)
        return v * 2

    print([await double(x) async for x in ticker(3)])


async def pipeline():
    async def numbers(n):
        for i in range(n):
            yield i
            await asyncio.sleep(0)

    async def squares(src):
        async for v in src:
            yield v * v

    async def evens(src):
        async for v in src:
            if v % 2 == 0:
                yield v

    print("pipeline", [v async for v in evens(squares(numbers(10)))])


async def main():
    await basics()
    await comprehensions()
    await pipeline()


asyncio.run(main())
