import asyncio

results = []


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
        results.append((i, r, value))
        await asyncio.sleep(0)
    return i


async def main():
    await asyncio.gather(*[worker(i, 4, 144000) for i in range(12)])
    checksum = 0
    for i, r, v in results:
        checksum = (checksum * 31 + i * 7 + r + v) % 1000000007
    print(len(results), checksum, results[0][2], results[-1][:2])


asyncio.run(main())
