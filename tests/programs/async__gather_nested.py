import asyncio


async def leaf(tag, n):
    for _ in range(n):
        await asyncio.sleep(0)
    return tag + str(n)


async def branch(tag, sizes):
    parts = await asyncio.gather(*[leaf(tag, s) for s in sizes])
    return tag, parts


async def tree():
    left = asyncio.create_task(branch("L", [2, 0, 1]))
    right = branch("R", [1, 3])
    both = await asyncio.gather(left, right, leaf("M", 2))
    return both


async def main():
    print(await tree())
    outer = await asyncio.gather(asyncio.gather(leaf("a", 1), leaf("b", 0)), asyncio.gather(leaf("c", 2)), branch("d", []))
    print(outer)
    layered = await asyncio.gather(*[branch("x" + str(i), list(range(i))) for i in range(4)])
    print(layered)
    total = 0
    for tag, parts in layered:
        total += len(parts)
    print(total)


asyncio.run(main())
