# A memoising dict subclass with __missing__ shared by tasks: misses compute and store,
# hits are counted on the instance; keys are str subclasses.
import asyncio


class Key(str):
    def norm(self):
        return Key(self.lower())


class Memo(dict):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn
        self.misses = 0
        self.hits = 0

    def __missing__(self, key):
        self.misses += 1
        value = self[key] = self.fn(key)
        return value

    def lookup(self, key):
        if key in self:
            self.hits += 1
        return self[key]


memo = Memo(lambda k: len(k) * 10 + ord(k[0]) % 7)


async def client(name, keys):
    out = []
    for k in keys:
        out.append(memo.lookup(Key(k).norm()))
        await asyncio.sleep(0)
    return name, out


async def main():
    results = await asyncio.gather(
        client("x", ["Ab", "cd", "AB"]),
        client("y", ["cd", "EFG", "ab"]),
        client("z", ["efg", "h", "Cd", "H"]),
    )
    for r in results:
        print(r)
    print(sorted(memo.items()), memo.hits, memo.misses, len(memo), type(memo).__name__)
    print(isinstance(next(iter(memo)), Key), dict(memo) == memo)


asyncio.run(main())
