import asyncio
import math

results = {}


async def work(i):
    acc = 0.0
    for k in range(1, 200):
        acc += math.sin(i * k) * math.sqrt(k) / math.hypot(i, k)
        if k % 50 == 0:
            await asyncio.sleep(0)
    results[i] = (math.fsum([acc, 1e16, -1e16]), math.factorial(i + 10) % 1000003, math.comb(40 + i, 20))


async def main():
    await asyncio.gather(*(work(i) for i in range(12)))
    for i in sorted(results):
        print(i, results[i])


asyncio.run(main())
