import asyncio
import functools

computed = []


@functools.lru_cache(maxsize=4)
def expensive(n):
    computed.append(n)
    total = 0
    for i in range(200 * (n + 1)):
        total = (total * 31 + i) % 1000003
    return total


@functools.lru_cache(maxsize=None)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


async def client(i):
    out = []
    for k in [i % 3, (i + 1) % 5, i % 3, 7]:
        out.append(expensive(k) % 97)
        await asyncio.sleep(0)
    out.append(collatz(i + 27))
    return out


async def main():
    res = await asyncio.gather(*[client(i) for i in range(6)])
    for r in res:
        print(r)
    print(computed)
    print(expensive.cache_info())
    print(collatz.cache_info().currsize > 50, collatz(27))


asyncio.run(main())
