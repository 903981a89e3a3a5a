# Objects with __slots__ shared by tasks: counters updated under interleaving, slot
# inheritance, missing-slot errors and no instance __dict__.
import asyncio


class Counter:
    __slots__ = ("name", "value", "updates")

    def __init__(self, name):
        self.name = name
        self.value = 0
        self.updates = 0

    def bump(self, by):
        self.value += by
        self.updates += 1


class Limited(Counter):
    __slots__ = ("limit",)

    def __init__(self, name, limit):
        super().__init__(name)
        self.limit = limit

    def bump(self, by):
        if self.value + by > self.limit:
            return False
        super().bump(by)
        return True


shared = [Counter("a"), Limited("b", 40), Counter("c")]


async def worker(k):
    rejected = 0
    for i in range(10):
        for c in shared:
            if c.bump(k) is False:
                rejected += 1
        if i % 2:
            await asyncio.sleep(0)
    return rejected


async def main():
    rej = await asyncio.gather(*(worker(k) for k in (1, 2, 3)))
    print(sum(rej), [(c.name, c.value, c.updates) for c in shared])
    c = shared[0]
    try:
        c.other = 1
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        Counter.__new__(Counter).value
    except AttributeError as e:
        print("AttributeError:", e)
    print(hasattr(c, "__dict__"), Limited.__slots__, Counter.__slots__)
    del c.updates
    print(hasattr(c, "updates"), getattr(c, "updates", "gone"))


asyncio.run(main())
