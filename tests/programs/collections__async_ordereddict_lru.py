import asyncio
from collections import OrderedDict

CAPACITY = 6
cache = OrderedDict()
stats = {"hit": 0, "miss": 0, "evict": 0}
evicted = []


def slow_square(n):
    total = 0
    for i in range(n):
        total += n
    return total


async def lookup(n):
    if n in cache:
        cache.move_to_end(n)
        stats["hit"] += 1
        return cache[n]
    stats["miss"] += 1
    await asyncio.sleep(0)
    value = slow_square(n)
    cache[n] = value
    cache.move_to_end(n)
    while len(cache) > CAPACITY:
        k, _ = cache.popitem(last=False)
        evicted.append(k)
        stats["evict"] += 1
    return value


async def client(name, keys):
    out = []
    for k in keys:
        out.append(await lookup(k))
        if k % 3 == 0:
            await asyncio.sleep(0)
    return name, sum(out)


async def main():
    patterns = [
        [1, 2, 3, 1, 2, 4, 5, 1, 9, 12],
        [7, 8, 1, 2, 7, 8, 3, 3, 3],
        [10, 11, 12, 10, 11, 1, 2],
        [5, 5, 6, 6, 7, 7, 8, 8],
    ]
    res = await asyncio.gather(*(client("c%d" % i, p) for i, p in enumerate(patterns)))
    print(res)
    print(stats)
    print(list(cache.items()))
    print(evicted)
    cache.move_to_end(next(iter(cache)), last=True)
    print(list(cache), cache.popitem(), cache.popitem(last=False))
    print(cache == OrderedDict(list(cache.items())), cache == dict(cache))
    print(list(reversed(cache)))


asyncio.run(main())
