import asyncio

results = []
events = []


def work(i):
    x = 0
    for k in range(300 * (i % 3 + 1)):
        x = (x * 31 + k * i) % 1000003
    return x


async def worker(i):
    events.append(("start", i))
    value = work(i)
    results.append((i, value))
    await asyncio.sleep(0)
    events.append(("mid", i, len(results)))
    if i % 2 == 0:
        await asyncio.sleep(0)
    results.append(i)
    events.append(("end", i, len(results)))


async def main():
    await asyncio.gather(*[worker(i) for i in range(8)])
    print(results)
    for e in events:
        print(e)
    tasks = []
    for i in range(8, 12):
        tasks.append(asyncio.create_task(worker(i)))
    results.append("main")
    for t in tasks:
        await t
    print(results[-9:], len(results), len(events))


asyncio.run(main())
