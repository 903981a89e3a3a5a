import asyncio

finished = []


async def delayed(name, delay, value):
    await asyncio.sleep(delay)
    finished.append(name)
    return value


async def instant(value):
    return value * 10


async def main():
    results = await asyncio.gather(delayed("a", 0.15, 1), delayed("b", 0.01, 2), delayed("c", 0.08, 3))
    print(results, finished)
    print(await asyncio.gather())
    print(await asyncio.gather(instant(1), instant(2), instant(3)))
    t1 = asyncio.create_task(delayed("t1", 0.15, "x"))
    t2 = asyncio.create_task(instant(5))
    await asyncio.sleep(0)
    print("after sleep(0)", finished)
    mixed = await asyncio.gather(t1, t2, instant(7), delayed("d", 0.01, "y"))
    print(mixed, finished)
    nested = await asyncio.gather(asyncio.gather(instant(1), instant(2)), instant(3))
    print(nested)


asyncio.run(main())
