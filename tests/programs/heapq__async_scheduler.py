import asyncio
import heapq
import itertools

queue = []
seq = itertools.count()
finished = []


def schedule(at, name):
    heapq.heappush(queue, (at, next(seq), name))


async def submitter(prefix, times):
    for t in times:
        schedule(t, "%s@%d" % (prefix, t))
        await asyncio.sleep(0)
    return len(times)


async def runner(name, steps):
    ran = []
    for _ in range(steps):
        if queue:
            at, n, job = heapq.heappop(queue)
            ran.append(job)
            finished.append((name, at, n))
            if at % 5 == 0:
                schedule(at + 7, job + "+")
        await asyncio.sleep(0)
    return ran


async def main():
    subs = [submitter("a", [5, 3, 9, 1]), submitter("b", [2, 8, 10, 4]),
            submitter("c", [7, 6, 15, 0])]
    runs = [runner("r1", 6), runner("r2", 6)]
    res = await asyncio.gather(*subs, *runs)
    print(res)
    print(finished)
    print(sorted(queue))
    rest = [heapq.heappop(queue)[2] for _ in range(len(queue))]
    print(rest)
    h = [5, 1, 8, 3, 2, 9]
    heapq.heapify(h)
    print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h[0])
    print(heapq.nlargest(3, h), heapq.nsmallest(2, h, key=lambda v: -v))
    print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))


asyncio.run(main())
