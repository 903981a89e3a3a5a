import asyncio


async def work(i):
    total = 0
    for k in range(500 * (i + 1)):
        total += k % 7
    await asyncio.sleep(0)
    if i == 2:
        raise ValueError("work " + str(i) + " failed with total " + str(total))
    print("work", i, total)
    return total


async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(4)]
    results = []
    for t in tasks:
        results.append(await t)
        print("got", results[-1])
    print("unreachable", results)


asyncio.run(main())
print("unreachable after run")
