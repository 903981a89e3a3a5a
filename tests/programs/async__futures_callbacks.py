import asyncio


async def waiter(name, fut):
    print('waiting', name)
    v = await fut
    print('woken', name, v)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('cb1', f.result()))
    ts = []
    for n in 'abc':
        ts.append(asyncio.create_task(waiter(n, fut)))
    fut.add_done_callback(lambda f: print('cb2', f.result()))

    def cb3(f):
        print('cb3 must not run')

    fut.add_done_callback(cb3)
    print('removed', fut.remove_done_callback(cb3))
    await asyncio.sleep(0)
    loop.call_soon(fut.set_result, 42)
    loop.call_soon(print, 'soon after set_result')
    await asyncio.gather(*ts)
    print('fut', fut.done(), fut.result())

    f2 = loop.create_future()
    f2.set_exception(RuntimeError('nope'))
    try:
        await f2
    except RuntimeError as e:
        print('f2', e)
    f3 = loop.create_future()
    try:
        f3.result()
    except asyncio.InvalidStateError as e:
        print('invalid state', e)
    f3.cancel()
    print('f3 cancelled', f3.cancelled(), f3.done())
    try:
        f3.set_result(1)
    except asyncio.InvalidStateError:
        print('set_result on cancelled future refused')
    t = asyncio.ensure_future(waiter('ens', f2))
    print(type(t).__name__, isinstance(t, asyncio.Future))
    try:
        await t
    except RuntimeError as e:
        print('ensure_future task raised', e)


asyncio.run(main())
