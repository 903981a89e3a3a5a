import asyncio


async def child(path, depth):
    print('enter', path)
    if depth == 0:
        await asyncio.sleep(0)
        print('leaf', path)
        return 1
    kids = []
    for i in range(2):
        kids.append(asyncio.create_task(child(path + '.' + str(i), depth - 1)))
    print('spawned', path)
    await asyncio.sleep(0)
    total = 0
    for k in kids:
        total += await k
    print('exit', path, total)
    return total


async def main():
    print('total', await child('r', 3))
    print(asyncio.current_task().get_name())


asyncio.run(main())
