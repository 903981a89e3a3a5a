# A getter cancelled after it was woken for an item does not lose the item: the next waiting
# getter is woken instead. Same for a cancelled putter on a full queue.
import asyncio

log = []


async def getter(q, name):
    try:
        item = await q.get()
        log.append(name + ' got ' + str(item))
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise


async def putter(q, name, item):
    try:
        await q.put(item)
        log.append(name + ' put ' + str(item))
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise


async def main():
    q = asyncio.Queue()
    g = [asyncio.create_task(getter(q, 'g' + str(i))) for i in range(4)]
    await asyncio.sleep(0)
    q.put_nowait('A')      # wakes g0
    g[0].cancel()          # g0 cancelled before it runs: A goes to g1
    q.put_nowait('B')      # wakes g1? no: g1 is next only after g0 passes it on
    g[2].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, q.qsize(), str(q))
    q.put_nowait('C')
    await asyncio.gather(*g, return_exceptions=True)
    print(log, q.qsize(), [t.cancelled() for t in g])
    log.clear()

    q = asyncio.Queue(1)
    q.put_nowait('full')
    p = [asyncio.create_task(putter(q, 'p' + str(i), i)) for i in range(3)]
    await asyncio.sleep(0)
    print(q.get_nowait())  # wakes p0
    p[0].cancel()          # p0 cancelled while woken: p1 gets the slot
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, str(q))
    print(q.get_nowait())
    await asyncio.gather(*p, return_exceptions=True)
    print(log, str(q))


asyncio.run(main())
