import asyncio

log = []


async def producer(q, name, items):
    for item in items:
        log.append(name + " wants " + str(item) + " size " + str(q.qsize()))
        await q.put(item)
        log.append(name + " put " + str(item) + " size " + str(q.qsize()))
    log.append(name + " done")


async def slow_consumer(q, total):
    got = []
    while len(got) < total:
        await asyncio.sleep(0.01)
        item = await q.get()
        got.append(item)
        log.append("consumer got " + str(item) + " size " + str(q.qsize()))
    return got


async def main():
    q = asyncio.Queue(maxsize=2)
    c = asyncio.create_task(slow_consumer(q, 7))
    await asyncio.gather(producer(q, "p1", [1, 2, 3, 4]), producer(q, "p2", [10, 20, 30]))
    log.append("all produced, size " + str(q.qsize()))
    got = await c
    for line in log:
        print(line)
    print(got)


asyncio.run(main())
