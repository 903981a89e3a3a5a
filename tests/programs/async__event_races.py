# Event set/clear races: set() then clear() in the same step still wakes every waiter that
# was waiting; a waiter arriving after clear() waits for the next set(); wait() on a set
# event does not suspend; a cancelled waiter is skipped.
import asyncio


async def waiter(ev, name, log):
    log.append(name + " waits (is_set=%s)" % ev.is_set())
    r = await ev.wait()
    log.append(name + " woke, got %r, is_set now %s" % (r, ev.is_set()))
    return name


async def setter(ev, log):
    log.append("setter sets and clears")
    ev.set()
    ev.clear()


async def main():
    log = []
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, "w%d" % i, log)) for i in range(3)]
    await asyncio.sleep(0)
    await asyncio.create_task(setter(ev, log))
    late = asyncio.create_task(waiter(ev, "late", log))
    await asyncio.sleep(0)
    log.append("main: waiters done %s, late done %s" % ([w.done() for w in ws], late.done()))
    ev.set()
    log.append("main set again")
    ev.set()
    await late
    log.append("already set: " + str(await waiter(ev, "immediate", log)))
    ev.clear()
    a = asyncio.create_task(waiter(ev, "a", log))
    b = asyncio.create_task(waiter(ev, "b", log))
    c = asyncio.create_task(waiter(ev, "c", log))
    await asyncio.sleep(0)
    b.cancel()
    ev.set()
    log.append("cancelled b, set")
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    log.append(str([type(r).__name__ if isinstance(r, BaseException) else r for r in res]))
    ev.clear()
    d = asyncio.create_task(waiter(ev, "d", log))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    ev.set()
    ev.clear()
    log.append("set/clear twice")
    await d
    print("\n".join(log))


asyncio.run(main())
