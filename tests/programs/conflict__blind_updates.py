# Blind updates (deltas): `x += n` on globals, class and instance attributes, and
# list.append on shared lists, from tasks running in parallel. The values and the order of
# the appends must be exactly the sequential ones, including when a task reads what it
# updated, when the target stops being a number, and when floats make the order matter.
import asyncio

counter = 0
total = 0.0
flags = 0
big = 2**62
log = []
maybe = 0


class Stats:
    hits = 0
    ratio = 1.0


class Box:
    count = 0  # a class default the instances shadow

    def __init__(self):
        self.count = 0
        self.weight = 0.5


class Slotted:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 0


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        log.append(("prop", x))
        self._v = x


class Tally(list):
    pass


box = Box()
slotted = Slotted()
prop = Prop()
tally = Tally()


def work(i):
    acc = 0
    for k in range(2000 + 97 * (i % 5)):
        acc = (acc * 31 + k + i) % 1000003
    return acc


async def bump(i):
    global counter, total, flags, big, maybe
    acc = work(i)
    counter += 1
    total += 0.1 * (i + 1)
    flags |= 1 << (i % 7)
    big += acc
    Stats.hits += 1
    Stats.ratio *= 1.01
    box.count += 1
    box.weight -= 0.25
    slotted.n += 2
    prop.v += 1
    log.append(i)
    tally.append(i * i)
    if i % 4 == 3:
        # Reads what this step updated: must see its own updates on top of earlier steps'.
        print("step", i, "sees", counter, len(log), log[-1], Stats.hits, round(total, 6))
    await asyncio.sleep(0)
    if i == 5:
        maybe = None  # later `maybe += 1` raise TypeError, as in CPython
    try:
        maybe += 1
    except TypeError as e:
        print("task", i, "TypeError:", e)
    log.append(-i)
    return acc


async def main():
    results = await asyncio.gather(*[bump(i) for i in range(12)])
    print(counter, repr(total), flags, big, Stats.hits, repr(Stats.ratio))
    print(box.count, Box.count, repr(box.weight), slotted.n, prop.v)
    print(log)
    print(tally, type(tally).__name__)
    print(maybe, sum(results) % 1000)


asyncio.run(main())
