# Tasks share one set: adds, discards, pops, membership tests and snapshots across awaits.
import asyncio

seen = set()
log = []


async def producer(i):
    for r in range(4):
        seen.add(i * 10 + r)
        if r % 2:
            seen.discard(i * 10 + r - 1)
        await asyncio.sleep(0)
        log.append(("p%d" % i, r, len(seen), (i * 10 + r) in seen))


async def observer():
    for r in range(5):
        log.append(("snap", r, sorted(seen), 21 in seen))
        await asyncio.sleep(0)


async def popper():
    got = []
    for r in range(3):
        await asyncio.sleep(0)
        if seen:
            got.append(seen.pop())
    return got


async def merger():
    await asyncio.sleep(0)
    extra = {x for x in range(100, 104)}
    seen.update(extra)
    seen.difference_update({100})
    await asyncio.sleep(0)
    return len(seen & extra)


async def main():
    res = await asyncio.gather(producer(1), observer(), producer(2), popper(), merger(), producer(3))
    print(res)
    for entry in log:
        print(entry)
    print(seen)
    print(sorted(seen), len(seen))


asyncio.run(main())
