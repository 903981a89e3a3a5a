import asyncio


async def producer(q, name, n):
    for i in range(n):
        item = name + str(i)
        print("put start", item, q.qsize())
        await q.put(item)
        print("put done", item, q.qsize())
    await q.put(None)
    print("producer", name, "finished")


async def consumer(q, nprod):
    done = 0
    got = []
    while done < nprod:
        item = await q.get()
        if item is None:
            done += 1
            print("sentinel", done, q.qsize(), q.empty())
            continue
        print("got", item, q.qsize(), q.empty())
        got.append(item)
        await asyncio.sleep(0)
    return got


async def main():
    q = asyncio.Queue(maxsize=2)
    print("empty at start", q.empty(), q.qsize())
    c = asyncio.create_task(consumer(q, 2))
    await asyncio.gather(producer(q, "a", 4), producer(q, "b", 3))
    print("producers done", q.qsize())
    got = await c
    print(got, q.empty())


asyncio.run(main())
