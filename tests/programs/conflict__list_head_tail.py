# Shared lists used as queues: consumers take the head (pop(0)) while producers append to the
# tail; steps check truth and length, read positions that shift under them, pop from a list
# that another task empties (IndexError depends on the order), and an asyncio.Queue with more
# consumers than items per round.
import asyncio

jobs = []
done = []
log = []


def work(n):
    acc = n
    for k in range(1200):
        acc = (acc * 31 + k) % 1000003
    return acc


async def producer(p):
    for i in range(6):
        jobs.append((p, i, work(p * 100 + i) % 1000))
        if len(jobs) > 3:
            log.append(("long", p, i, len(jobs)))
        await asyncio.sleep(0)


async def consumer(c):
    idle = 0
    while idle < 4:
        if jobs:
            try:
                job = jobs.pop(0)
            except IndexError as e:
                log.append(("raced", c, str(e)))
                continue
            done.append((c, job, work(job[2]) % 97))
            if jobs:
                log.append(("next", c, jobs[0][:2], jobs[-1][:2]))
            idle = 0
        else:
            idle += 1
        await asyncio.sleep(0)


async def peeker():
    for r in range(8):
        second = jobs[1] if len(jobs) > 1 else None
        log.append(("peek", r, second))
        await asyncio.sleep(0)


async def drainer():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    while True:
        try:
            log.append(("drained", jobs.pop(0)[:2]))
        except IndexError as e:
            log.append(("empty", str(e)))
            return
        await asyncio.sleep(0)


async def queue_round():
    q = asyncio.Queue()
    got = []

    async def taker(t):
        item = await q.get()
        got.append((t, item, q.qsize(), q.empty()))

    takers = [asyncio.create_task(taker(t)) for t in range(5)]
    for item in range(5):
        q.put_nowait(item)
        await asyncio.sleep(0)
    await asyncio.gather(*takers)
    print("queue", got)


async def main():
    await asyncio.gather(
        *(producer(p) for p in range(3)), *(consumer(c) for c in range(3)), peeker(), drainer()
    )
    for entry in log:
        print(entry)
    print(len(done), done[:4], jobs)
    await queue_round()


asyncio.run(main())
