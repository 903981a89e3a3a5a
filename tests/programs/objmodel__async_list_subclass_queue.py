# Tasks share a list subclass used as a work queue with overridden append/pop that count
# operations; producers and consumers interleave through awaits and conflict on the queue.
import asyncio


class CountingQueue(list):
    def __init__(self):
        super().__init__()
        self.pushed = 0
        self.popped = 0

    def append(self, item):
        self.pushed += 1
        super().append(item)

    def pop(self, i=0):
        self.popped += 1
        return super().pop(i)


q = CountingQueue()
done = []


async def producer(name, n):
    for i in range(n):
        q.append((name, i))
        if i % 3 == 0:
            await asyncio.sleep(0)


async def consumer(name, want):
    got = []
    while len(got) < want:
        if q:
            got.append(q.pop())
        else:
            await asyncio.sleep(0)
    done.append((name, len(got)))
    return sorted(got)


async def main():
    results = await asyncio.gather(
        consumer("c1", 10),
        producer("p1", 12),
        consumer("c2", 10),
        producer("p2", 8),
    )
    print(sorted(done))
    print(q.pushed, q.popped, len(q), list(q))
    everything = sorted(results[0] + results[2] + list(q))
    print(len(everything), everything[:5], everything[-3:])
    print(isinstance(q, list), type(q).__name__, q == list(q))


asyncio.run(main())
