import asyncio

counter = 0


async def worker(i):
    global counter
    for r in range(3):
        counter += i
        await asyncio.sleep(0)
    return i * i


async def main():
    print(await asyncio.gather(*[worker(i) for i in range(6)]))
    print(counter)


asyncio.run(main())
