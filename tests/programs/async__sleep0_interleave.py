import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * 2


async def main():
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 4))
    print('main before await')
    await asyncio.sleep(0)
    print('main after one yield')
    r = await asyncio.gather(t1, t2, worker('c', 2))
    print('results', r)


asyncio.run(main())
