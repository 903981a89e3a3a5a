# Tasks increment counters stored as class attributes (read through instances and
# subclasses, written on the class), add methods to a class while others call them, and
# shadow class attributes on instances.
import asyncio


class Stats:
    hits = 0
    misses = 0
    names = ()

    def record(self, ok):
        if ok:
            type(self).hits += 1
        else:
            Stats.misses += 1


class Special(Stats):
    pass


async def worker(obj, pattern):
    for i, ok in enumerate(pattern):
        obj.record(ok)
        if i % 2:
            await asyncio.sleep(0)
    Stats.names = Stats.names + (type(obj).__name__,)


async def patcher():
    await asyncio.sleep(0)
    Stats.describe = lambda self: f"{type(self).__name__}: {self.hits}/{self.misses}"
    await asyncio.sleep(0)
    return Stats().describe()


async def main():
    res = await asyncio.gather(
        worker(Stats(), [True, False, True, True]),
        worker(Special(), [True, True, False]),
        patcher(),
        worker(Stats(), [False] * 3),
    )
    print(Stats.hits, Special.hits, Stats.misses, Special.misses, sorted(Stats.names))
    print(res[2].split(":")[0], Special().describe(), "hits" in Special.__dict__)
    s = Special()
    s.hits = 100
    print(s.hits, Special.hits, s.describe())
    del s.hits
    print(s.hits, hasattr(Stats, "describe"))
    del Stats.describe
    print(hasattr(s, "describe"))


asyncio.run(main())
