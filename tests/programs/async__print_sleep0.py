import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
    return name * n


async def chatter(name):
    print(name, "a")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(name, "b")
    await asyncio.sleep(0)
    print(name, "c", end="; ")
    print(name, "d")


async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("created")
    r = await asyncio.gather(t1, t2, worker("c", 4))
    print(r)
    print("--")
    await asyncio.gather(*[chatter("x" + str(i)) for i in range(4)])
    print("--")
    t3 = asyncio.create_task(chatter("solo"))
    print("main before sleep")
    await asyncio.sleep(0)
    print("main after one sleep")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main after three sleeps")
    await t3
    print("main end")


asyncio.run(main())
