# with bodies that span awaits, in several tasks, around a shared counter and log.
import asyncio

log = []
active = 0
peak = 0


class Slot:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        global active, peak
        active += 1
        peak = max(peak, active)
        log.append("in " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        global active
        active -= 1
        log.append("out " + self.name + (" " + exc_type.__name__ if exc_type else ""))
        return exc_type is ValueError


async def worker(i):
    with Slot("w%d" % i) as s:
        await asyncio.sleep(0)
        total = sum(range(i * 1000))
        await asyncio.sleep(0)
        if i % 3 == 0:
            raise ValueError(i)
        if i % 5 == 4:
            return "early %d" % total
    return "%s done %d" % (s.name, total)


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(10)))
    for r in results:
        print(r)
    for line in log:
        print(line)
    print("active", active, "peak", peak)


asyncio.run(main())
