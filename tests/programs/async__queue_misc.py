import asyncio


async def getter(q, name):
    item = await q.get()
    print('getter', name, item)
    q.task_done()


async def joiner(q, name):
    await q.join()
    print('joined', name)


async def main():
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    gs = []
    for i in range(3):
        gs.append(asyncio.create_task(getter(q, i)))
    for i in range(2):
        gs.append(asyncio.create_task(joiner(q, i)))
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i * 100)
        print('put', i)
    await asyncio.gather(*gs)
    b = asyncio.Queue(1)
    b.put_nowait('x')
    try:
        b.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull', b.full(), b.qsize())
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
    # A cancelled getter does not swallow an item.
    e = asyncio.Queue()
    g1 = asyncio.create_task(getter(e, 'g1'))
    g2 = asyncio.create_task(getter(e, 'g2'))
    await asyncio.sleep(0)
    e.put_nowait('only')
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('g1', g1.cancelled(), 'g2', g2.done(), 'left', e.qsize())


asyncio.run(main())
