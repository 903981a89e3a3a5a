# asyncio.Condition (wait/notify/notify_all/wait_for, fairness of wake-ups, errors on an
# unheld lock) and asyncio.Barrier (parties, indices, reuse, abort, reset).
import asyncio


async def consumer(cond, name, items, log):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append(f"{name} got {items.pop(0)}")


async def waiter(cond, name, log):
    async with cond:
        log.append(f"{name} waits")
        await cond.wait()
        log.append(f"{name} woke")


async def conditions():
    cond = asyncio.Condition()
    items, log = [], []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", items, log)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    ws = [asyncio.create_task(waiter(cond, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(log)
    for op in (cond.notify, cond.notify_all):
        try:
            op()
        except RuntimeError as e:
            print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(cond.locked())


async def at_barrier(barrier, name, log):
    i = await barrier.wait()
    log.append((name, i))


async def barriers():
    log = []
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    for round_ in range(2):
        await asyncio.gather(*(at_barrier(b, f"r{round_}t{i}", log) for i in range(3)))
    print(log)
    t = asyncio.create_task(at_barrier(b, "lonely", log))
    await asyncio.sleep(0)
    print("waiting:", b.n_waiting)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", e, b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", e)
    await b.reset()
    print("after reset:", b.broken, b.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)
    async with asyncio.Barrier(1) as idx:
        print("index", idx)


async def main():
    await conditions()
    await barriers()


asyncio.run(main())
