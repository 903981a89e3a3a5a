# asyncio classes carry CPython's module names (class reprs, Queue[int]/Future[str]/Task[None]
# generic aliases used in annotations, a handle's module) and an uncaught CancelledError ends
# the run with CPython's last traceback line, asyncio.exceptions.CancelledError: bye.
import asyncio
def f(q: asyncio.Queue[int], fut: asyncio.Future[str], t: asyncio.Task[None]) -> None:
    pass
print(asyncio.Queue[int], asyncio.Future[str], asyncio.Task[None], asyncio.LifoQueue[int], asyncio.PriorityQueue[int])
async def main():
    l = asyncio.Lock()
    print(l.locked())
    async with l:
        print(l.locked())
    s = asyncio.Semaphore()
    async with s:
        print(s.locked())
    b = asyncio.Barrier(1)
    print(await b.wait())
asyncio.run(main())
async def m2():
    print(asyncio.CancelledError, asyncio.InvalidStateError, asyncio.BrokenBarrierError, asyncio.Future, asyncio.Task)
    print(asyncio.Handle if hasattr(asyncio, 'Handle') else '', asyncio.Queue, asyncio.Lock, asyncio.Timeout if hasattr(asyncio,'Timeout') else '')
    print(type(asyncio.get_running_loop().call_soon(print)).__module__)
    raise asyncio.CancelledError('bye')
asyncio.run(m2())
