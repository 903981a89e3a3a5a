# Condition waiters cancelled while re-acquiring the lock after a notify (they still
# re-acquire it before CancelledError propagates); Barrier pass order.
import asyncio

log = []

async def cw(cond, name):
    async with cond:
        log.append(name + " waits")
        try:
            await cond.wait()
            log.append(name + " woke holding lock=%s" % cond.locked())
        except asyncio.CancelledError:
            log.append(name + " cancelled; holds lock=%s" % cond.locked())
            raise
    log.append(name + " out")

async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(cw(cond, "a"))
    b = asyncio.create_task(cw(cond, "b"))
    c = asyncio.create_task(cw(cond, "c"))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        log.append("notified 2; cancel a while we hold the lock")
        a.cancel()
        await asyncio.sleep(0)
        log.append("main still holds lock")
    log.append("main released")
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    r = await asyncio.gather(a, b, c, return_exceptions=True)
    log.append(str([type(x).__name__ for x in r]))
    # cancel a waiter while it waits for re-acquire twice
    d = asyncio.create_task(cw(cond, "d"))
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify()
    await asyncio.sleep(0)
    d.cancel()
    await asyncio.sleep(0)
    d.cancel()
    await asyncio.sleep(0)
    log.append("d cancelling=%d" % d.cancelling())
    cond.release()
    try:
        await d
    except asyncio.CancelledError:
        log.append("d cancelled, lock=%s" % cond.locked())
    b = asyncio.Barrier(3)
    async def party(n):
        log.append("party %d arrives" % n)
        i = await b.wait()
        log.append("party %d passes with %d" % (n, i))
    await asyncio.gather(*(party(n) for n in range(3)))
    print("\n".join(log))

asyncio.run(main())
