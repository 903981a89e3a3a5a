# golden-python: 3.12
# Eager tasks with locks, semaphores and events, made from a plain callback, cancelling
# themselves in the eager step, and spawning eager tasks from an eager step.
import asyncio

log = []

async def quick(tag):
    log.append("quick " + tag + " current=" + str(asyncio.current_task().get_name()))
    return tag

async def locker(lock, tag):
    async with lock:
        log.append(tag + " has lock")
        await asyncio.sleep(0)
    log.append(tag + " released")
    return tag

def from_callback(loop):
    t = loop.create_task(quick("cb"))
    log.append("callback made task done=" + str(t.done()) + " current=" + str(asyncio.current_task()))

async def self_cancel_eager():
    asyncio.current_task().cancel()
    log.append("self cancel in eager step")
    await asyncio.sleep(0)
    log.append("not reached")

async def spawner():
    ts = [asyncio.create_task(quick("s%d" % i)) for i in range(3)]
    log.append("spawner made " + str([t.done() for t in ts]))
    return [t.result() for t in ts]

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    loop.call_soon(from_callback, loop)
    await asyncio.sleep(0)
    lock = asyncio.Lock()
    a = asyncio.create_task(locker(lock, "a"))
    b = asyncio.create_task(locker(lock, "b"))
    log.append("made a, b: " + str(lock.locked()))
    await asyncio.gather(a, b)
    c = asyncio.create_task(self_cancel_eager())
    log.append("c done? " + str(c.done()))
    try:
        await c
    except asyncio.CancelledError:
        log.append("c cancelled " + str(c.cancelled()))
    s = asyncio.create_task(spawner())
    log.append("spawner " + str(s.done()) + " " + str(s.result()))
    names = [asyncio.create_task(quick("n")).get_name() for _ in range(2)]
    log.append(str(names))
    sem = asyncio.Semaphore(1)
    async def semuser(tag):
        async with sem:
            log.append(tag + " in sem")
            await asyncio.sleep(0)
        return tag
    r = await asyncio.gather(*(semuser(t) for t in "xyz"))
    log.append(str(r))
    ev = asyncio.Event()
    async def evw(tag):
        await ev.wait()
        log.append(tag + " saw event")
    ws = [asyncio.create_task(evw(t)) for t in "pq"]
    ev.set()
    log.append("event set")
    await asyncio.gather(*ws)
    print("\n".join(log))

asyncio.run(main())
