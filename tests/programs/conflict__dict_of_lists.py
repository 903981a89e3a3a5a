# A shared dict of lists: tasks append to the same keys, create new keys, pop from others.
import asyncio

buckets = {}


async def producer(name, keys):
    for i, k in enumerate(keys):
        buckets.setdefault(k, []).append("%s%d" % (name, i))
        await asyncio.sleep(0)


async def consumer(name, keys):
    taken = []
    for k in keys:
        items = buckets.get(k)
        if items:
            taken.append(items.pop(0))
        await asyncio.sleep(0)
    print(name, "took", taken)


async def main():
    await asyncio.gather(
        producer("p", ["x", "y", "x", "z", "x"]),
        consumer("c1", ["x", "x", "y", "z", "x"]),
        producer("q", ["y", "y", "z"]),
        consumer("c2", ["z", "y", "x", "x"]),
    )
    for k in sorted(buckets):
        print(k, buckets[k])


asyncio.run(main())
