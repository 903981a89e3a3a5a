# Tasks created from plain loop callbacks (call_soon, call_later(0), done callbacks) interleave
# with tasks already running; each prints between sleep(0)s.
import asyncio

out = []


async def t(name, n):
    for k in range(n):
        out.append(name + str(k))
        await asyncio.sleep(0)


def spawn(name, n):
    out.append('spawn-' + name)
    asyncio.get_running_loop().create_task(t(name, n))


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(t('A', 4))
    loop.call_soon(spawn, 'B', 3)
    loop.call_later(0, spawn, 'C', 2)
    loop.call_soon(spawn, 'D', 1)
    a.add_done_callback(lambda f: spawn('E', 2))
    fut = loop.create_future()
    fut.add_done_callback(lambda f: spawn('F' + str(f.result()), 2))
    loop.call_soon(fut.set_result, 7)
    for i in range(6):
        out.append('main' + str(i))
        await asyncio.sleep(0)
    await a
    for i in range(4):
        await asyncio.sleep(0)
    print(' '.join(out))


asyncio.run(main())
