# async for over user async iterators: else, break, continue, errors, tasks sharing a source.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


class Broken:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("source broke")
        return self.i


class SharedSource:
    """One source that several consumers pull from."""

    def __init__(self, items):
        self.items = list(items)
        self.pulled = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if not self.items:
            raise StopAsyncIteration
        self.pulled += 1
        return self.items.pop(0)


async def basics():
    out = []
    async for v in Countdown(4):
        out.append(v)
    else:
        out.append("else")
    print(out)

    out = []
    async for v in Countdown(10):
        if v % 2:
            continue
        if v < 4:
            break
        out.append(v)
    else:
        out.append("no else after break")
    print(out)

    pairs = []
    async for a in Countdown(2):
        async for b in Countdown(3):
            pairs.append((a, b))
    print(pairs)

    try:
        async for v in Broken():
            print("got", v)
    except ValueError as e:
        print("error from __anext__:", e)

    for bad in (5, [1, 2]):
        try:
            async for _ in bad:
                pass
        except TypeError as e:
            print("TypeError:", e)

    async def first_even(src):
        async for v in src:
            if v % 2 == 0:
                return v
        return None

    print(await first_even(Countdown(7)), await first_even(Countdown(1)))


async def consumer(name, src, got):
    async for item in src:
        got.append((name, item))
        await asyncio.sleep(0)


async def main():
    await basics()
    src = SharedSource(range(12))
    got = []
    await asyncio.gather(consumer("A", src, got), consumer("B", src, got), consumer("C", src, got))
    print("pulled", src.pulled)
    print(got)
    counts = {}
    for name, _ in got:
        counts[name] = counts.get(name, 0) + 1
    print(sorted(counts.items()))


asyncio.run(main())
