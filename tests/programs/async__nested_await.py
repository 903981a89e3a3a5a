import asyncio

trace = []


async def leaf(x):
    trace.append("leaf" + str(x))
    await asyncio.sleep(0)
    return x * 2


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    trace.append("middle" + str(x))
    return a + b


async def top(x):
    m = await middle(x)
    n = await middle(m)
    return [x, m, n]


async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)


async def depth_sum(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return n + await depth_sum(n - 1)


async def main():
    print(await top(1))
    print(trace)
    print(await fact(25))
    print(await depth_sum(100))
    results = await asyncio.gather(top(2), top(3), fact(30))
    print(results)
    print(len(trace), trace[-6:])


asyncio.run(main())
