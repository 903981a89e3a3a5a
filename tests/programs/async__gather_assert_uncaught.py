import asyncio

totals = {}


async def check(name, values):
    s = 0
    for v in values:
        s += v
        await asyncio.sleep(0)
    totals[name] = s
    print("checked", name, s)
    assert s % 2 == 0, "odd total for " + name + ": " + str(s)
    return s


async def main():
    first = await asyncio.gather(check("a", [1, 3]), check("b", [2, 2, 2]))
    print("first round", first)
    second = await asyncio.gather(check("c", [4]), check("d", [5, 6, 7, 9, 2]), check("e", [10, 20]))
    print("unreachable", second)


try:
    asyncio.run(main())
finally:
    print("totals", totals)
