# Tasks update shared sets with in-place operators while others read derived sets.
import asyncio

evens = set()
odds = set()
history = []


async def classify(start):
    for i in range(start, start + 6):
        target = evens if i % 2 == 0 else odds
        target |= {i}
        if i % 3 == 0:
            target -= {i - 6}
        await asyncio.sleep(0)


async def report(tag):
    for r in range(4):
        await asyncio.sleep(0)
        both = evens | odds
        history.append((tag, r, len(both), sorted(evens & {0, 2, 4, 6}), evens.isdisjoint(odds)))


async def swap():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    global evens
    snapshot = set(evens)
    evens ^= {100, 102}
    evens.symmetric_difference_update({102, 104})
    return sorted(snapshot)


async def main():
    r = await asyncio.gather(classify(0), report("a"), classify(10), swap(), report("b"), classify(20))
    print(r)
    for h in history:
        print(h)
    print(evens, odds)
    print(evens | odds, evens < (evens | odds), frozenset(odds) <= odds)


asyncio.run(main())
