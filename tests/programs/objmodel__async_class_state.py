# Tasks sharing class-level state through classmethods, a metaclass property and
# __init_subclass__ registrations made while tasks run; instance counters per subclass.
import asyncio


class Counting(type):
    @property
    def total(cls):
        return sum(cls.counts.values())


class Job(metaclass=Counting):
    counts = {}
    kinds = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Job.kinds.append(cls.__name__)

    def __init__(self, n):
        self.n = n
        Job.counts[type(self).__name__] = Job.counts.get(type(self).__name__, 0) + 1

    @classmethod
    def batch(cls, k):
        return [cls(i) for i in range(k)]

    def run(self):
        return self.n


class Fast(Job):
    def run(self):
        return self.n * 2


class Slow(Job):
    pass


async def worker(cls, k, pause):
    jobs = cls.batch(k)
    total = 0
    for j in jobs:
        total += j.run()
        for _ in range(pause):
            await asyncio.sleep(0)
    return cls.__name__, total, Job.total


async def late_subclass():
    await asyncio.sleep(0)
    Late = type("Late", (Job,), {"run": lambda self: -self.n})
    return await worker(Late, 2, 1)


async def main():
    results = await asyncio.gather(
        worker(Fast, 3, 1), worker(Slow, 4, 0), late_subclass(), worker(Fast, 2, 2)
    )
    for r in results:
        print(r)
    print(sorted(Job.counts.items()), Job.total, Job.kinds)


asyncio.run(main())
