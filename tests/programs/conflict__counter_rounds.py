import asyncio

counter = 0
total = 0
snapshots = []


class Hits:
    count = 0
    by_task = {}


async def task(i):
    global counter, total
    for r in range(5):
        counter += 1
        mine = counter
        total += mine * (i + 1)
        Hits.count += 1
        Hits.by_task[i] = Hits.by_task.get(i, 0) + mine
        if (i + r) % 4 == 0:
            snapshots.append((i, r, counter, total, Hits.count))
        await asyncio.sleep(0)
    return mine


async def main():
    mines = await asyncio.gather(*[task(i) for i in range(16)])
    print(mines)
    print(counter, total, Hits.count)
    print(Hits.by_task)
    for s in snapshots:
        print(s)


asyncio.run(main())
