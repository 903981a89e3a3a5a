# aclose() on a suspended async generator runs its finally (which may await) and later
# __anext__ raises StopAsyncIteration; aclose on a fresh or finished one is a no-op; an
# async generator that yields in finally during aclose raises RuntimeError.
import asyncio

log = []


async def gen(name):
    try:
        for i in range(5):
            log.append(name + ' yield ' + str(i))
            yield i
            await asyncio.sleep(0)
    finally:
        log.append(name + ' finally start')
        await asyncio.sleep(0)
        log.append(name + ' finally end')


async def bad():
    try:
        yield 1
    finally:
        yield 2


async def main():
    g = gen('a')
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    log.append('after aclose')
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)
    await g.aclose()
    print(log)
    log.clear()

    fresh = gen('fresh')
    await fresh.aclose()
    print('fresh closed', log)

    b = bad()
    await b.__anext__()
    try:
        await b.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)

    # aclose racing with another task iterating the same generator
    g2 = gen('c')

    async def consume():
        async for v in g2:
            log.append('consumed ' + str(v))

    t = asyncio.create_task(consume())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        await g2.aclose()
    except RuntimeError as e:
        log.append('aclose RuntimeError ' + str(e))
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log)


asyncio.run(main())
