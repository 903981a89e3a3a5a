import asyncio


async def leaf(name, n):
    for i in range(n):
        print('  leaf', name, i)
        await asyncio.sleep(0)
    return name + '!'


async def middle(name):
    print(' middle start', name)
    a = await leaf(name + '.1', 2)
    b = await leaf(name + '.2', 1)
    print(' middle end', name, a, b)
    return [a, b]


async def top(name):
    r = await middle(name)
    t = asyncio.create_task(leaf(name + '.task', 2))
    r2 = await t
    print('top', name, r, r2)
    return len(r)


async def main():
    ts = []
    for n in ('A', 'B', 'C'):
        ts.append(asyncio.create_task(top(n)))
    print('created')
    for t in ts:
        print('awaited', await t)


asyncio.run(main())
