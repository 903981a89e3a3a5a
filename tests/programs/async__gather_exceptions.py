import asyncio


async def ok(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        print('ok', name, i)
    return name


async def bad(name, n):
    for i in range(n):
        await asyncio.sleep(0)
    print('raising', name)
    raise ValueError('bad ' + name)


async def main():
    try:
        await asyncio.gather(ok('a', 4), bad('b', 1), bad('c', 2), ok('d', 1))
    except ValueError as e:
        print('caught', repr(e))
    print('after first gather')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    r = await asyncio.gather(ok('e', 1), bad('f', 0), ok('g', 2),
                             return_exceptions=True)
    for x in r:
        print(repr(x))
    try:
        await bad('h', 1)
    except ValueError as e:
        print('direct', e)
    t = asyncio.create_task(bad('i', 0))
    await asyncio.sleep(0)
    print('done?', t.done(), repr(t.exception()))


asyncio.run(main())
