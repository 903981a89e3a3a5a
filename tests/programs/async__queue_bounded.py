import asyncio


async def producer(q, name, n):
    for i in range(n):
        item = name + str(i)
        print('put start', item, q.qsize(), q.full())
        await q.put(item)
        print('put done', item, q.qsize())
    print('producer', name, 'finished')


async def consumer(q, name):
    while True:
        item = await q.get()
        print('consumer', name, 'got', item, q.qsize())
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    cons = []
    for c in 'XYZ':
        cons.append(asyncio.create_task(consumer(q, c)))
    prods = []
    for p in 'abc':
        prods.append(asyncio.create_task(producer(q, p, 4)))
    await asyncio.gather(*prods)
    print('producers done, joining')
    await q.join()
    print('joined')
    for _ in cons:
        await q.put(None)
    await asyncio.gather(*cons)
    print('empty', q.empty(), 'qsize', q.qsize())


asyncio.run(main())
