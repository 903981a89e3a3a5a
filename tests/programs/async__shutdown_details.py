import asyncio


async def ignores_cancel(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'swallowed cancel')
    for i in range(3):
        print(name, 'still running', i)
        await asyncio.sleep(0)
    print(name, 'returns')


async def raiser():
    # At shutdown CPython cancels leftover tasks in set order (memory
    # addresses), so only one leftover task here waits on a future; this
    # one spins on sleep(0) and is therefore cancelled via _must_cancel.
    try:
        while True:
            await asyncio.sleep(0)
    finally:
        print('raiser finally')
        await asyncio.sleep(0)
        print('raiser after yield in finally')


def tick(loop, n):
    print('tick', n)
    if n > 0:
        loop.call_soon(tick, loop, n - 1)


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(ignores_cancel('x'))
    asyncio.create_task(raiser())
    await asyncio.sleep(0)
    loop.call_soon(tick, loop, 12)
    print('main done')


asyncio.run(main())
print('after run')
