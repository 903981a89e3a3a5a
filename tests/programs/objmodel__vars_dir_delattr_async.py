# vars()/dir()/delattr()/hasattr() on objects that tasks modify concurrently: tasks add and
# delete attributes on shared objects; the final attribute sets are printed sorted.
import asyncio


class Bag:
    kind = "bag"

    def method(self):
        return 1


bags = [Bag() for _ in range(3)]


async def filler(tag, rounds):
    for r in range(rounds):
        for i, b in enumerate(bags):
            setattr(b, f"{tag}{r}", i * r)
        await asyncio.sleep(0)


async def cleaner(tag, rounds):
    removed = 0
    for r in range(rounds):
        await asyncio.sleep(0)
        for b in bags:
            name = f"{tag}{r}"
            if hasattr(b, name):
                delattr(b, name)
                removed += 1
    return removed


async def main():
    res = await asyncio.gather(filler("a", 4), filler("b", 3), cleaner("a", 4))
    print(res[2] <= 12)
    for b in bags:
        keys = sorted(k for k in vars(b) if not k.startswith("a"))
        print(keys, sorted(vars(b).items())[:2] if keys else None)
    b = bags[1]
    print(sorted(n for n in dir(b) if not n.startswith("__")))
    print("kind" in dir(Bag), "method" in dir(b), "kind" in vars(b), vars(Bag)["kind"])
    try:
        delattr(b, "kind")
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del b.nothing
    except AttributeError as e:
        print("AttributeError:", e)
    g = globals()
    print("bags" in g, g["Bag"] is Bag, "main" in g, type(vars()).__name__)


asyncio.run(main())
