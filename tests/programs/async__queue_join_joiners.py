# Several tasks join() the same queue: all wake in the order they started waiting once the
# last task_done() happens; join() on a finished queue returns at once; put() re-arms it.
import asyncio

log = []


async def joiner(q, name):
    await q.join()
    log.append('joined ' + name)


async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        log.append(name + ' did ' + str(item))
        q.task_done()


async def main():
    q = asyncio.Queue()
    await q.join()
    log.append('empty join returns')
    for i in range(5):
        q.put_nowait(i)
    js = [asyncio.create_task(joiner(q, 'j' + str(i))) for i in range(3)]
    ws = [asyncio.create_task(worker(q, 'w' + str(i))) for i in range(2)]
    await asyncio.gather(*js)
    print(log)
    log.clear()
    js = [asyncio.create_task(joiner(q, 'k' + str(i))) for i in range(2)]
    await asyncio.sleep(0)
    log.append('after sleep')
    q.put_nowait('x')
    await q.join()
    log.append('main joined')
    await asyncio.gather(*js)
    print(log, str(q))
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)


asyncio.run(main())
