# Several getters blocked on an empty Queue, LifoQueue and PriorityQueue are woken in FIFO
# order, one per item; str() of the queue shows waiting getters and unfinished tasks.
import asyncio

log = []


async def getter(q, name):
    item = await q.get()
    log.append(name + '<-' + str(item))
    return item


async def run(cls):
    q = cls()
    gs = [asyncio.create_task(getter(q, 'g' + str(i))) for i in range(5)]
    await asyncio.sleep(0)
    print(cls.__name__, str(q))
    for item in [30, 10, 20]:
        q.put_nowait(item)
    print(str(q))
    await asyncio.sleep(0)
    print(log, str(q))
    q.put_nowait(5)
    q.put_nowait(1)
    q.put_nowait(7)
    print(str(q))
    await asyncio.gather(*gs)
    print(log, str(q), q.qsize())
    log.clear()
    while not q.empty():
        q.get_nowait()
        q.task_done()
    for _ in range(5):
        q.task_done()
    print(str(q))


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        await run(cls)


asyncio.run(main())
