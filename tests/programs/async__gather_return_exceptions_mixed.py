# gather(return_exceptions=True) with results, exceptions, a child that cancels itself,
# a child cancelled by someone else with a message, and a BaseException-free mix.
import asyncio


async def ok(v):
    await asyncio.sleep(0)
    return v


async def bad(e):
    await asyncio.sleep(0)
    raise e


async def self_cancel():
    await asyncio.sleep(0)
    asyncio.current_task().cancel('by myself')
    await asyncio.sleep(0)
    return 'never'


async def victim():
    await asyncio.sleep(10)


async def main():
    v = asyncio.create_task(victim())
    asyncio.get_running_loop().call_soon(v.cancel, 'from outside')
    res = await asyncio.gather(ok(1), bad(ValueError('v')), self_cancel(), v,
                               bad(KeyError('k')), ok(2), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r), r.args if isinstance(r, BaseException) else '')

    # without return_exceptions: the first failure wins, others keep running
    log = []

    async def late(v):
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(v)
        return v

    try:
        await asyncio.gather(late('x'), bad(TypeError('t1')), bad(TypeError('t2')))
    except TypeError as e:
        print('first', e, log)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)

    # a self-cancelled child without return_exceptions cancels the outer's awaiter
    try:
        await asyncio.gather(ok(3), self_cancel())
    except asyncio.CancelledError as e:
        print('cancelled', e.args, asyncio.current_task().cancelling())


asyncio.run(main())
