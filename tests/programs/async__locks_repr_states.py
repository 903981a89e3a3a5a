# Lock, Event, Semaphore, BoundedSemaphore, Condition and Barrier reprs (the address cut
# out): locked/unlocked, set/unset, value, and the number of waiters as it changes.
import asyncio
def r(x):
    s = repr(x)
    return s[:s.index(' object at ')] + ' ' + s[s.index(' ['):] if ' [' in s else s
async def user(lock):
    async with lock:
        await asyncio.sleep(0)
async def main():
    l = asyncio.Lock(); e = asyncio.Event(); s = asyncio.Semaphore(2); b = asyncio.BoundedSemaphore(1)
    c = asyncio.Condition(); bar = asyncio.Barrier(2)
    for x in (l, e, s, b, c, bar): print(r(x))
    ts = [asyncio.create_task(user(l)) for _ in range(3)] + [asyncio.create_task(user(s)) for _ in range(3)]
    ws = [asyncio.create_task(e.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    for x in (l, e, s): print(r(x))
    e.set()
    print(r(e))
    await asyncio.gather(*ts, *ws)
    for x in (l, e, s): print(r(x))
    await b.acquire()
    print(r(b))
asyncio.run(main())
