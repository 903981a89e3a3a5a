import asyncio


def work(n):
    acc = n
    for k in range(30000):
        acc = (acc * 31 + k) % 1000003
    return acc


async def tally(totals, name):
    for r in range(3):
        seen = sum(totals.values())
        totals[name] = seen + work(r)
        await asyncio.sleep(0)


async def main():
    totals = {}
    await asyncio.gather(*(tally(totals, f"t{i}") for i in range(4)))
    print(len(totals))


asyncio.run(main())
