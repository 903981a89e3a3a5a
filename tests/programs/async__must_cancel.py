import asyncio


async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)


async def self_cancel():
    asyncio.current_task().cancel()
    print('cancel requested on self')
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('self cancelled')
        raise


async def inner_swallow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('inner swallowed')
    await asyncio.sleep(0)
    return 'inner value'


async def outer(inner_task):
    r = await inner_task
    print('outer got', r)
    await asyncio.sleep(0)
    return 'outer value'


async def returns_after_cancel():
    asyncio.current_task().cancel()
    return 'ignored'


async def main():
    tk = asyncio.create_task(ticker(5))
    sc = asyncio.create_task(self_cancel())
    r = await asyncio.gather(sc, return_exceptions=True)
    print('self_cancel ->', type(r[0]).__name__)
    it = asyncio.create_task(inner_swallow())
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0)
    print('cancel outer ->', ot.cancel())
    print('outer result', await ot, ot.cancelled(), it.cancelled())
    rc = asyncio.create_task(returns_after_cancel())
    try:
        await rc
    except asyncio.CancelledError:
        print('returns_after_cancel cancelled', rc.cancelled())
    await tk


asyncio.run(main())
