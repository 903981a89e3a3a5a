import asyncio

# Tasks file results in a shared dict by key, tag them in a shared set, and look up what
# their own and their neighbours' earlier rounds filed: per-key reads and blind writes.
results = {}
tags = set()


def work(seed, n):
    x = seed
    total = 0
    for k in range(n):
        x = (x * 48271) % 2147483647
        total += x % 1000
    return total


async def worker(i, rounds, n):
    for r in range(rounds):
        value = work(i * 1000 + r + 1, n)
        if r and (i, r - 1) not in results:
            raise AssertionError("own earlier round missing")
        left = results.get((i - 1, r - 1), 0)
        results[(i, r)] = value + left % 7
        tags.add(value % 11)
        await asyncio.sleep(0)
    return i


async def main():
    await asyncio.gather(*[worker(i, 4, 144000) for i in range(12)])
    checksum = 0
    for (i, r), v in results.items():
        checksum = (checksum * 31 + i * 7 + r + v) % 1000000007
    print(len(results), checksum, sorted(tags), list(results)[:3])


asyncio.run(main())
