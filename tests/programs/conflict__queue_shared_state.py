import asyncio

processed = 0
by_consumer = {}
high_water = 0


async def producer(q, base, n):
    global high_water
    for i in range(n):
        await q.put(base + i)
        if q.qsize() > high_water:
            high_water = q.qsize()


async def consumer(q, name):
    global processed
    while True:
        item = await q.get()
        if item is None:
            return name
        processed += 1
        by_consumer.setdefault(name, []).append((item, processed))
        if processed % 3 == 0:
            await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=4)
    cons = [asyncio.create_task(consumer(q, "c" + str(i))) for i in range(2)]
    await asyncio.gather(producer(q, 0, 9), producer(q, 100, 6), producer(q, 200, 4))
    await q.put(None)
    await q.put(None)
    print(await asyncio.gather(*cons))
    print(processed, high_water, q.qsize())
    for name, items in by_consumer.items():
        print(name, items)


asyncio.run(main())
