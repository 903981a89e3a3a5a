import asyncio


def factorial(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r


async def fact_digits(n):
    f = factorial(n)
    await asyncio.sleep(0)
    s = str(f)
    return n, len(s), sum(int(c) for c in s), f % 1000000007


async def power_mod(base, exp):
    big = base ** exp
    await asyncio.sleep(0)
    return big % 998244353, len(str(big))


product = 1


async def multiply_in(k):
    global product
    await asyncio.sleep(0)
    product = product * (2 ** 64 + k)
    return product % 10 ** 12


async def main():
    for r in await asyncio.gather(*[fact_digits(n) for n in [50, 100, 150, 200, 250]]):
        print(r)
    print(await asyncio.gather(power_mod(3, 500), power_mod(7, 300), power_mod(2, 2000)))
    print(await asyncio.gather(*[multiply_in(k) for k in range(6)]))
    print(product)
    print(-product // 3 ** 40, product % 3 ** 40, product >> 300)


asyncio.run(main())
