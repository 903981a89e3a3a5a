import asyncio


async def child(i):
    await asyncio.sleep(0)
    if i == 1:
        raise KeyError("child " + str(i))
    return i


async def main():
    print("main start")
    print(await asyncio.gather(child(0), child(2)))
    await asyncio.gather(child(0), child(1))
    print("not reached")


asyncio.run(main())
