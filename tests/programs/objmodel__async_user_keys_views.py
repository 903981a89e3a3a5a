# Tasks share a dict keyed by user objects with __eq__/__hash__ and read it through live
# views while others insert and delete: final views, set operations on keys, and items.
import asyncio


class Key:
    def __init__(self, ns, n):
        self.ns, self.n = ns, n

    def __eq__(self, other):
        return isinstance(other, Key) and (self.ns, self.n) == (other.ns, other.n)

    def __hash__(self):
        return hash((self.ns, self.n))

    def __repr__(self):
        return f"{self.ns}{self.n}"


table = {}
keys, values, items = table.keys(), table.values(), table.items()


async def writer(ns, count):
    for i in range(count):
        table[Key(ns, i)] = i * 10
        await asyncio.sleep(0)


async def deleter(ns, count):
    gone = 0
    for i in range(count):
        await asyncio.sleep(0)
        k = Key(ns, i)
        if k in keys:
            del table[k]
            gone += 1
    return gone


async def watcher(rounds):
    sizes = []
    for _ in range(rounds):
        sizes.append(len(keys))
        await asyncio.sleep(0)
    return max(sizes) > 0


async def main():
    res = await asyncio.gather(writer("a", 6), writer("b", 4), deleter("a", 6), watcher(5))
    print(res[2] + len([k for k in keys if k.ns == "a"]) == 6, res[3])
    print(sorted(keys, key=repr)[-4:], sorted(values)[-4:], len(items))
    print(Key("b", 1) in keys, (Key("b", 2), 20) in items, (Key("b", 2), 21) in items, 30 in values)
    common = keys & {Key("b", 0), Key("z", 9)}
    print(common, sorted(keys - {Key("b", 0)}, key=repr)[:2], keys.isdisjoint({Key("q", 1)}))
    print(keys == {k for k in table}, len(keys | {Key("new", 1)}))


asyncio.run(main())
