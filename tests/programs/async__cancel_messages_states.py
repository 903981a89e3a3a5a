# Cancellation messages through awaits, gather and futures; self-cancel; a task awaiting
# itself; a task that returns after being cancelled or raises CancelledError itself;
# Future error states and reprs; timeout reschedule/expired; a lock freed by cancellation.
import asyncio

async def inner_sleep(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(tag, "inner got", e.args)
        raise

async def outer_await_task():
    t = asyncio.create_task(inner_sleep("A"))
    await asyncio.sleep(0)
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer got", e.args, "inner cancelled", t.cancelled())
        raise

async def self_cancel():
    asyncio.current_task().cancel("self")
    print("after self cancel, still running")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("self_cancel got", e.args)
        return "swallowed"

async def awaits_itself():
    await asyncio.current_task()

async def returns_after_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "returned value"

async def raises_cancelled():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("own")

async def main():
    t = asyncio.create_task(outer_await_task())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel("msg1")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", e.args)
    t = asyncio.create_task(self_cancel())
    print(await t, t.cancelled(), t.cancelling())
    t = asyncio.create_task(awaits_itself())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:30])
    t = asyncio.create_task(returns_after_cancel())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    t = asyncio.create_task(raises_cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("raises_cancelled:", e.args, t.cancelled())
    g = asyncio.gather(inner_sleep("G1"), inner_sleep("G2"))
    await asyncio.sleep(0)
    print("gather cancel:", g.cancel("gmsg"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather got", e.args)
    f = asyncio.get_running_loop().create_future()
    f.cancel("fmsg")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future result:", e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("future exception:", e.args)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = asyncio.get_running_loop().create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(repr(f), repr(f2))
    f2.set_exception(ValueError("v"))
    print(repr(f2))
    f2.exception()
    async with asyncio.timeout(10) as cm:
        print("when set:", cm.when() is not None, cm.expired())
        cm.reschedule(None)
        print("when now:", cm.when())
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired:", cm.expired())
    lock = asyncio.Lock()
    async def holder():
        async with lock:
            await asyncio.sleep(10)
    h = asyncio.create_task(holder())
    await asyncio.sleep(0)
    print("locked:", lock.locked())
    h.cancel()
    await asyncio.sleep(0)
    print("locked after cancel:", lock.locked(), h.cancelled())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
