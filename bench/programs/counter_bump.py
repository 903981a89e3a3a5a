import asyncio

counter = 0
done_order = []


class Stats:
    hits = 0
    total = 0


async def job(i, n):
    global counter
    acc = 0
    x = i * 31 + 1
    for k in range(n):
        x = (x * 69069 + 1) % 4294967296
        acc += (x >> 16) % 101
    counter += 1
    Stats.hits += 1
    Stats.total += acc
    done_order.append(i)
    return acc


async def main():
    results = await asyncio.gather(*[job(i, 600000) for i in range(12)])
    print(counter, Stats.hits, Stats.total, sum(results) == Stats.total, done_order[:4])


asyncio.run(main())
