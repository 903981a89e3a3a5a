# golden-python: 3.12
# Eager tasks that suspend: the first step runs inside create_task up to the first real
# suspension, then the task goes on as any task, woken in the usual order.
import asyncio


async def worker(name, delays):
    print(" ", name, "step 1 (eager)")
    for i, d in enumerate(delays):
        await asyncio.sleep(d)
        print(" ", name, "step", i + 2, "after sleep", d)
    return name.upper()


async def waits_on(fut, name):
    print(" ", name, "waits on a future")
    v = await fut
    print(" ", name, "got", v)
    return v


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    a = asyncio.create_task(worker("a", [0, 0]))
    print("created a; done:", a.done())
    b = asyncio.create_task(worker("b", [0]))
    print("created b")
    fut = loop.create_future()
    c = asyncio.create_task(waits_on(fut, "c"))
    d = asyncio.create_task(waits_on(fut, "d"))
    print("created c, d")
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    fut.set_result("value")
    print("future set")
    print(await a, await b, await c, await d)
    t = asyncio.create_task(worker("t", [0.01, 0]))
    u = asyncio.create_task(worker("u", [0.005]))
    print(await t, await u)
    e = asyncio.create_task(worker("e", [0]))
    print("cancel e after its eager step:", e.cancel())
    try:
        await e
    except asyncio.CancelledError:
        print("e cancelled:", e.cancelled())


asyncio.run(main())
