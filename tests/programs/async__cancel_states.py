# Cancelling a task in each state: pending and never started, waiting on a future, waiting on
# a lock, awaiting in a finally, already done; the order of what each side sees.
import asyncio


async def never_started():
    print("never_started ran (should not)")


async def on_future(fut):
    try:
        print("on_future waits")
        await fut
    except asyncio.CancelledError as e:
        print("on_future cancelled, args", e.args, "fut cancelled:", fut.cancelled())
        raise


async def on_lock(lock, name):
    print(name, "wants the lock")
    try:
        async with lock:
            print(name, "holds the lock")
            await asyncio.sleep(0)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting; lock locked:", lock.locked())
        raise


async def in_finally():
    try:
        print("in_finally body")
        await asyncio.sleep(10)
    finally:
        print("in_finally cleanup starts")
        try:
            await asyncio.sleep(0)
            print("in_finally cleanup step 2")
            await asyncio.sleep(10)
            print("in_finally cleanup not reached")
        except asyncio.CancelledError:
            print("in_finally cleanup cancelled too")
            raise


async def quick():
    return "quick"


async def main():
    t = asyncio.create_task(never_started())
    print("cancel pending:", t.cancel("early"), "cancelling:", t.cancelling())
    print("cancel again:", t.cancel("again"), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("never_started cancelled, args", e.args, t.cancelled())

    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(on_future(fut))
    await asyncio.sleep(0)
    print("cancel waiting:", t.cancel("stop"))
    print("fut cancelled right away:", fut.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args)

    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(on_lock(lock, "A"))
    b = asyncio.create_task(on_lock(lock, "B"))
    c = asyncio.create_task(on_lock(lock, "C"))
    await asyncio.sleep(0)
    print("cancel B:", b.cancel())
    lock.release()
    print("released by main")
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in results])

    # Cancel a lock waiter after release() picked it: the lock passes on.
    await lock.acquire()
    d = asyncio.create_task(on_lock(lock, "D"))
    e = asyncio.create_task(on_lock(lock, "E"))
    await asyncio.sleep(0)
    lock.release()
    print("cancel D after release:", d.cancel())
    results = await asyncio.gather(d, e, return_exceptions=True)
    print([type(r).__name__ for r in results], "locked:", lock.locked())

    t = asyncio.create_task(in_finally())
    await asyncio.sleep(0)
    print("cancel 1:", t.cancel())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel 2:", t.cancel(), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("in_finally cancelled:", t.cancelled())

    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("cancel done:", t.cancel(), t.cancelled(), t.result(), t.cancelling())


asyncio.run(main())
