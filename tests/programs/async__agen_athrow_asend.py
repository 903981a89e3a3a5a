# asend() delivers values into an async generator, athrow() raises at the yield (handled or
# not), and the first asend must be None.
import asyncio


async def acc():
    total = 0
    while True:
        try:
            got = yield total
        except ValueError as e:
            total = -1
            got = 0
            print('caught', e)
        if got is None:
            break
        await asyncio.sleep(0)
        total += got


async def main():
    g = acc()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(10))
    print(await g.athrow(ValueError('reset')))
    print(await g.asend(3))
    try:
        await g.athrow(KeyError('k'))
    except KeyError as e:
        print('propagated', repr(e))
    try:
        await g.asend(1)
    except StopAsyncIteration:
        print('finished')

    h = acc()
    try:
        await h.asend(1)
    except TypeError as e:
        print('TypeError', e)

    k = acc()
    await k.asend(None)
    try:
        await k.asend(None)
    except StopAsyncIteration:
        print('stopped by None')
    try:
        await k.athrow(ValueError('late'))
    except ValueError as e:
        print('athrow on finished raises', e)
    except StopAsyncIteration:
        print('athrow on finished: StopAsyncIteration')


asyncio.run(main())
