import asyncio

tally = {}
groups = {}
latest = {}


async def record(i):
    for r in range(3):
        key = "k" + str((i + r) % 4)
        tally[key] = tally.get(key, 0) + i
        groups.setdefault(key, []).append(i * 10 + r)
        await asyncio.sleep(0)
        latest.update({"writer": i, "round": r})
        if i % 3 == 0 and key in tally:
            tally.pop(key)
    return i


async def reader(n):
    snapshots = []
    for _ in range(n):
        snapshots.append(dict(tally))
        await asyncio.sleep(0)
    return snapshots


async def main():
    res = await asyncio.gather(reader(4), *[record(i) for i in range(6)])
    for snap in res[0]:
        print(snap)
    print(res[1:])
    print(tally)
    print(groups)
    print(latest)
    print(list(tally.keys()), sorted(groups.items(), key=lambda kv: -len(kv[1]))[0][0])


asyncio.run(main())
