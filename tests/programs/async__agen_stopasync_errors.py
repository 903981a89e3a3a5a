# StopAsyncIteration raised inside an async generator becomes RuntimeError; anext() with a
# default; an async iterator class raising StopAsyncIteration; awaiting __anext__ after
# exhaustion; a generator that returns a value is a SyntaxError so it is not tested here.
import asyncio


async def leaky():
    yield 1
    raise StopAsyncIteration('inner')


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    g = leaky()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__.args)
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print('exhausted', e.args)

    print([x async for x in Countdown(3)])
    c = Countdown(1)
    print(await anext(c), await anext(c, 'default'))
    try:
        await anext(c)
    except StopAsyncIteration:
        print('anext raised')

    async def empty():
        return
        yield

    print(await anext(empty(), 'dflt'))
    try:
        anext(42)
    except TypeError as e:
        print('TypeError', e)


asyncio.run(main())
