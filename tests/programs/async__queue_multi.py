import asyncio


def process(item):
    acc = 0
    for k in range(item * 20):
        acc = (acc + k * item) % 9973
    return acc


async def producer(q, start, count):
    for i in range(start, start + count):
        await q.put(i)
    return count


async def consumer(q, name, results):
    handled = 0
    while True:
        item = await q.get()
        if item < 0:
            break
        results.append((name, item, process(item)))
        handled += 1
        if item % 3 == 0:
            await asyncio.sleep(0)
    return name, handled


async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    consumers = [asyncio.create_task(consumer(q, "c" + str(i), results)) for i in range(3)]
    produced = await asyncio.gather(producer(q, 0, 10), producer(q, 100, 7))
    print("produced", produced, "pending", q.qsize())
    for _ in consumers:
        await q.put(-1)
    summary = await asyncio.gather(*consumers)
    print(summary)
    for r in results:
        print(r)
    print(q.empty(), q.qsize(), len(results), sum(r[2] for r in results))


asyncio.run(main())
