import asyncio
from collections import deque

jobs = deque(range(20))
done = deque(maxlen=8)
log = []


def work(n):
    total = 0
    for i in range(300):
        total = (total + i * n) % 1009
    return total


async def worker(name):
    handled = 0
    while jobs:
        job = jobs.popleft()
        result = work(job)
        if job % 5 == 0:
            jobs.append(job + 100) if job < 100 else None
        done.append((name, job, result))
        handled += 1
        await asyncio.sleep(0)
    log.append((name, handled))
    return handled


async def rotator():
    for _ in range(5):
        if jobs:
            jobs.rotate(1)
        await asyncio.sleep(0)
    return len(jobs)


async def main():
    counts = await asyncio.gather(*[worker("w%d" % i) for i in range(4)], rotator())
    print(counts, sum(counts[:4]))
    print(list(done))
    print(log, len(jobs), done.maxlen)


asyncio.run(main())
