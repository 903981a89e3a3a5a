# Several tasks consume async generators that read and write shared state.
import asyncio

inventory = {"apples": 5, "pears": 3, "plums": 0}
events = []


async def restocker(rounds):
    for r in range(rounds):
        for fruit in sorted(inventory):
            inventory[fruit] += 1
            yield f"restock {fruit}->{inventory[fruit]}"
            await asyncio.sleep(0)


async def buyer(name, wants):
    for fruit in wants:
        await asyncio.sleep(0)
        if inventory[fruit] > 0:
            inventory[fruit] -= 1
            yield f"{name} bought {fruit} ({inventory[fruit]} left)"
        else:
            yield f"{name} found no {fruit}"


async def drive(label, agen, limit=None):
    n = 0
    async for msg in agen:
        events.append((label, msg))
        n += 1
        if limit is not None and n >= limit:
            await agen.aclose()
            events.append((label, "closed early"))
            break


class Totals:
    count = 0


async def counter_gen(tag, n):
    for _ in range(n):
        Totals.count += 1
        yield (tag, Totals.count)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(
        drive("R", restocker(2)),
        drive("A", buyer("ann", ["plums", "apples", "plums", "pears"])),
        drive("B", buyer("bob", ["plums", "plums", "pears", "pears", "pears"]), limit=3),
    )
    for e in events:
        print(*e)
    print(sorted(inventory.items()))

    results = await asyncio.gather(
        *[asyncio.create_task(collect(counter_gen(t, 4))) for t in "xyz"]
    )
    for r in results:
        print(r)
    print("total", Totals.count)

    q = asyncio.Queue()

    async def producer():
        async for item in restocker(1):
            await q.put(item)
        await q.put(None)

    async def consumer():
        got = []
        while True:
            item = await q.get()
            if item is None:
                return got
            got.append(item.split()[1])

    _, got = await asyncio.gather(producer(), consumer())
    print(got)


async def collect(agen):
    return [v async for v in agen]


asyncio.run(main())
