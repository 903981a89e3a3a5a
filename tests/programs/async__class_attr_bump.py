import asyncio


class Stats:
    hits = 0
    misses = 0
    log = []


class SubStats(Stats):
    pass


CACHE = {0: "zero", 2: "two", 4: "four", 6: "six"}


async def lookup(i):
    total = 0
    for k in range(100 + i * 10):
        total += k % (i + 2)
    await asyncio.sleep(0)
    if i in CACHE:
        Stats.hits += 1
        Stats.log.append("hit" + str(i))
    else:
        Stats.misses += 1
        Stats.log.append("miss" + str(i))
    return total


async def sub_bump(i):
    await asyncio.sleep(0)
    SubStats.hits += 1
    return SubStats.hits


async def main():
    totals = await asyncio.gather(*[lookup(i) for i in range(9)])
    print(totals)
    print(Stats.hits, Stats.misses, Stats.log)
    subs = await asyncio.gather(*[sub_bump(i) for i in range(3)])
    print(subs, Stats.hits, SubStats.hits, SubStats.misses)
    s = Stats()
    print(s.hits, s.misses, len(s.log))


asyncio.run(main())
