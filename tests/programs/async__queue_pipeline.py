import asyncio


async def source(out_q, n):
    for i in range(1, n + 1):
        await out_q.put(i)
        print("source", i)
    await out_q.put(None)


async def square_stage(in_q, out_q):
    while True:
        v = await in_q.get()
        if v is None:
            await out_q.put(None)
            print("square stage done")
            return
        r = v * v
        print("square", v, r)
        await out_q.put(r)


async def sink(in_q):
    total = 0
    seen = []
    while True:
        v = await in_q.get()
        if v is None:
            return total, seen
        total += v
        seen.append(v)
        print("sink", v, total)
        await asyncio.sleep(0.1) if v == 16 else await asyncio.sleep(0)


async def main():
    q1 = asyncio.Queue(maxsize=1)
    q2 = asyncio.Queue(maxsize=3)
    results = await asyncio.gather(source(q1, 8), square_stage(q1, q2), sink(q2))
    print(results)
    print(q1.qsize(), q2.qsize(), q1.empty(), q2.empty())


asyncio.run(main())
