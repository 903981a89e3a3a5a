import asyncio

TABLE = {i: (i * 7919) % 1009 for i in range(256)}
PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53]
NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


class Config:
    SCALE = 3
    OFFSET = 17
    MOD = 1000003
    WEIGHTS = {"alpha": 1, "beta": 2, "gamma": 3, "delta": 5, "epsilon": 8, "zeta": 13, "eta": 21, "theta": 34}


async def score(i, n):
    acc = i
    for k in range(n):
        key = (acc + k) % 256
        p = PRIMES[k % len(PRIMES)]
        name = NAMES[(k + i) % len(NAMES)]
        acc = (acc * Config.SCALE + TABLE[key] * p + Config.WEIGHTS[name] + Config.OFFSET) % Config.MOD
    return acc


async def main():
    results = await asyncio.gather(*[score(i, 250000) for i in range(12)])
    print(len(results), sum(results) % 1000003, results[:3])


asyncio.run(main())
