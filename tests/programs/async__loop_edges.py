import asyncio
import sys


def bad_callback():
    print('bad callback runs')
    raise ValueError('callback failure is only logged')


async def waiter(name, t):
    r = await t
    print('waiter', name, r)


async def target():
    await asyncio.sleep(0)
    return 'T'


async def child():
    try:
        await asyncio.sleep(1)
    finally:
        print('child finally')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    h = loop.call_soon(print, 'cancelled handle')
    loop.call_soon(print, 'kept handle')
    h.cancel()
    t = asyncio.create_task(target())
    w = []
    for n in 'xyz':
        w.append(asyncio.create_task(waiter(n, t)))
    await asyncio.gather(*w)
    asyncio.create_task(child())
    await asyncio.sleep(0)
    print('exiting with 3')
    sys.exit(3)


loop = asyncio.new_event_loop()
print(loop.run_until_complete(target()))
loop.close()
asyncio.run(main())
