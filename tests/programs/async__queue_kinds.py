import asyncio


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio


async def drain(q, tag):
    out = []
    while not q.empty():
        item = await q.get()
        out.append(item)
        q.task_done()
    print(tag, out)


async def main():
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for i in (5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5):
        lq.put_nowait(i)
        pq.put_nowait((i, 'item' + str(i)))
    await drain(lq, 'lifo')
    await drain(pq, 'priority')
    # Equal priorities: heap order, not insertion order.
    jq = asyncio.PriorityQueue()
    for i in range(12):
        jq.put_nowait(Job(i % 3, 'job' + str(i)))
    names = []
    while not jq.empty():
        names.append(jq.get_nowait().name)
    print(names)
    bq = asyncio.PriorityQueue(2)

    async def prod():
        for i in (3, 1, 2, 0):
            await bq.put(i)
            print('put', i)

    t = asyncio.create_task(prod())
    await asyncio.sleep(0)
    for i in range(4):
        print('got', await bq.get())
        await asyncio.sleep(0)
    await t


asyncio.run(main())
