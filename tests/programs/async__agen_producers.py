# Async generators as producers feeding consumers through asend, with shared totals.
import asyncio

totals = {"produced": 0, "consumed": 0, "rejected": 0}


async def accumulator(name):
    """Receives numbers via asend and yields the running total after each."""
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                continue
            if x < 0:
                totals["rejected"] += 1
                continue
            total += x
            totals["consumed"] += 1
            await asyncio.sleep(0)
    finally:
        print(f"{name} finished at {total}")


async def producer(seed, n):
    x = seed
    for _ in range(n):
        x = (x * 7 + 3) % 23 - 5
        totals["produced"] += 1
        yield x
        await asyncio.sleep(0)


async def pump(name, seed, n):
    acc = accumulator(name)
    await acc.asend(None)
    history = []
    async for v in producer(seed, n):
        history.append(await acc.asend(v))
    await acc.aclose()
    return name, history


async def ticker(label, count):
    for i in range(count):
        await asyncio.sleep(0)
        yield f"{label}{i}"


async def merge(*gens):
    """Round-robin over several async generators until all are exhausted."""
    active = list(gens)
    while active:
        for g in list(active):
            try:
                yield await g.__anext__()
            except StopAsyncIteration:
                active.remove(g)


async def main():
    results = await asyncio.gather(pump("p1", 1, 6), pump("p2", 5, 4), pump("p3", 9, 5))
    for name, hist in results:
        print(name, hist)
    print(sorted(totals.items()))
    merged = [x async for x in merge(ticker("a", 3), ticker("b", 1), ticker("c", 4))]
    print(merged)

    # An async generator shared by two consuming tasks: items are split between them.
    shared = ticker("s", 8)
    seen = {"A": [], "B": []}

    async def take(tag):
        try:
            async for item in shared:
                seen[tag].append(item)
                await asyncio.sleep(0)
        except RuntimeError as e:
            seen[tag].append(f"RuntimeError: {e}")

    await asyncio.gather(take("A"), take("B"))
    print(seen)

    # Taking turns without overlapping __anext__ calls is fine.
    shared = ticker("t", 6)
    lock = asyncio.Lock()
    seen = {"A": [], "B": []}

    async def take_locked(tag):
        while True:
            async with lock:
                try:
                    item = await shared.__anext__()
                except StopAsyncIteration:
                    return
            seen[tag].append(item)
            await asyncio.sleep(0)

    await asyncio.gather(take_locked("A"), take_locked("B"))
    print(seen)


asyncio.run(main())
