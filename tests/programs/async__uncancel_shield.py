# uncancel() and cancelling() counts around timeouts, and shield: the outer side cancelled
# while the inner goes on, the inner cancelled directly, a shield of a done future.
import asyncio


async def work(tag, n, log):
    for i in range(n):
        await asyncio.sleep(0)
        log.append("%s%d" % (tag, i))
    return tag


async def swallow_once():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallow_once caught; cancelling =", task.cancelling())
        print("uncancel ->", task.uncancel())
    await asyncio.sleep(0)
    print("swallow_once goes on; cancelling =", task.cancelling())
    return "survived"


async def main():
    t = asyncio.create_task(swallow_once())
    await asyncio.sleep(0)
    t.cancel()
    print("main: cancelling after cancel", t.cancelling())
    print(await t, "cancelled:", t.cancelled())
    me = asyncio.current_task()
    print("uncancel with none pending:", me.uncancel(), me.cancelling())

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout; main cancelling =", me.cancelling())

    log = []
    inner = asyncio.create_task(work("i", 3, log))
    outer = asyncio.shield(inner)
    waiter = asyncio.create_task(asyncio.wait_for(outer, None))
    await asyncio.sleep(0)
    print("cancel outer:", outer.cancel(), "inner cancelled:", inner.cancelled())
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled; inner done:", inner.done(), log)
    print("inner result:", await inner, log)

    inner2 = asyncio.create_task(work("j", 2, log))
    outer2 = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await outer2
    except asyncio.CancelledError:
        print("outer2 cancelled with inner2:", outer2.cancelled(), inner2.cancelled())

    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    s = asyncio.shield(done)
    print("shield of done future is it:", s is done, await s)

    inner3 = asyncio.create_task(work("k", 1, log))
    outer3 = asyncio.shield(inner3)
    outer3.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("inner3 after outer3 cancelled:", inner3.done(), inner3.result())


asyncio.run(main())
