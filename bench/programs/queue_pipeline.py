import asyncio

ITEMS_PER_PRODUCER = 48
WORK = 56000


def transform(item, n):
    x = item + 1
    acc = 0
    for k in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        acc += x % 1009
    return acc


# Producers and consumers await per item, as real ones await their input and output (here a
# sleep(0)). Without those awaits CPython itself runs one consumer through everything queued
# in a single step, leaving no two steps that could run at once.
async def producer(q, base, count):
    for i in range(count):
        seed = transform(base + i, WORK // 4)
        await q.put(base + i + seed % 7)
        await asyncio.sleep(0)
    return count


async def consumer(q, results):
    handled = 0
    while True:
        item = await q.get()
        if item is None:
            return handled
        results.append(transform(item, WORK))
        handled += 1
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=8)
    results = []
    consumers = [asyncio.create_task(consumer(q, results)) for _ in range(4)]
    produced = await asyncio.gather(*[producer(q, p * 1000, ITEMS_PER_PRODUCER) for p in range(2)])
    for _ in consumers:
        await q.put(None)
    handled = await asyncio.gather(*consumers)
    print(sum(produced), sum(handled), len(results), sum(results) % 1000003)


asyncio.run(main())
