# A dict subclass with __missing__ computing values lazily, shared by tasks that fill and
# read it concurrently; hit/miss counters live on the instance.
import asyncio


class LazyTable(dict):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn
        self.misses = 0

    def __missing__(self, key):
        self.misses += 1
        value = self[key] = self.fn(key)
        return value


squares = LazyTable(lambda n: n * n)
collatz = LazyTable(lambda n: 0 if n == 1 else 1 + collatz[n // 2 if n % 2 == 0 else 3 * n + 1])


async def reader(name, keys):
    total = 0
    for i, k in enumerate(keys):
        total += squares[k]
        if i % 4 == 0:
            await asyncio.sleep(0)
    return name, total


async def walker(start, stop):
    lengths = []
    for n in range(start, stop):
        lengths.append(collatz[n])
        await asyncio.sleep(0)
    return max(lengths)


async def main():
    res = await asyncio.gather(
        reader("a", range(0, 20)),
        reader("b", range(10, 30)),
        reader("c", [5, 5, 5, 7, 7]),
        walker(1, 15),
        walker(10, 25),
    )
    print(res)
    print(len(squares), squares.misses, sorted(squares)[:6])
    print(len(collatz) >= 24, collatz[27], collatz.misses == len(collatz))
    print(squares.get(999), 999 in squares, squares[999], squares.misses)


asyncio.run(main())
