import asyncio

TASKS = 12
ITERS = 360000


async def crunch(i, n):
    acc = 0
    x = i + 1
    y = 7 * i + 3
    for k in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        y = (y + x) % 1000003
        if x % 3 == 0:
            acc += y % 97
        else:
            acc -= k % 13
    return acc


async def main():
    results = await asyncio.gather(*[crunch(i, ITERS) for i in range(TASKS)])
    print(len(results), sum(results), results[0], results[-1])


asyncio.run(main())
