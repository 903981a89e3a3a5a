# Generators shared between asyncio tasks: tasks pull from one generator and send to another.
import asyncio


def id_source(prefix):
    n = 0
    while True:
        n += 1
        yield f"{prefix}-{n}"


def collector():
    seen = []
    while True:
        item = yield len(seen)
        if item is None:
            return seen
        seen.append(item)


ids = id_source("job")
sink = collector()
next(sink)
order = []


async def worker(name, count):
    for _ in range(count):
        job = next(ids)
        await asyncio.sleep(0)
        n = sink.send(f"{name}:{job}")
        order.append((name, job, n))


async def main():
    await asyncio.gather(worker("w1", 3), worker("w2", 2), worker("w3", 4))
    for o in order:
        print(*o)
    try:
        sink.send(None)
    except StopIteration as e:
        print("collected", e.value)
    print("next id", next(ids))
    ids.close()
    print("after close", next(ids, "exhausted"))


asyncio.run(main())
