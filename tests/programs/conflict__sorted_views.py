# Tasks insert into a shared list kept sorted by hand while others read rank statistics.
import asyncio

scores = []


def insert_sorted(xs, value):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    xs.insert(lo, value)
    return lo


async def writer(name, values):
    for v in values:
        at = insert_sorted(scores, v)
        print(name, "put", v, "at", at)
        await asyncio.sleep(0)


async def reader(rounds):
    for _ in range(rounds):
        if scores:
            print("median", scores[len(scores) // 2], "min", scores[0], "max", scores[-1])
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(writer("w1", [50, 20, 80, 10]), reader(6), writer("w2", [55, 5, 95, 45]))
    print(scores == sorted(scores), scores)


asyncio.run(main())
