# PriorityQueue with equal priorities (tuples break ties on the second item), items arriving
# while getters block, and a LifoQueue feeding blocked getters item by item.
import asyncio

log = []


async def getter(q, name, n):
    for _ in range(n):
        item = await q.get()
        log.append((name, item))
        await asyncio.sleep(0)


async def main():
    pq = asyncio.PriorityQueue()
    gs = [asyncio.create_task(getter(pq, 'g%d' % i, 3)) for i in range(3)]
    await asyncio.sleep(0)
    batches = [[(2, 'b'), (1, 'z')], [(1, 'a'), (2, 'a'), (0, 'x')], [(1, 'a'), (3, 'c'), (0, 'y'), (2, 'c')]]
    for batch in batches:
        for x in batch:
            pq.put_nowait(x)
        print(str(pq))
        await asyncio.sleep(0)
    await asyncio.gather(*gs)
    print(log, str(pq))
    log.clear()

    lq = asyncio.LifoQueue(maxsize=3)
    gs = [asyncio.create_task(getter(lq, 'h%d' % i, 2)) for i in range(2)]
    for i in range(4):
        await lq.put(i)
        log.append(('put', i))
    await asyncio.gather(*gs)
    print(log, str(lq))


asyncio.run(main())
