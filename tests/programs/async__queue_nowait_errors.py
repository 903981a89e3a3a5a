# get_nowait on an empty queue raises QueueEmpty, put_nowait on a full one QueueFull (both
# with empty messages); task_done too often; maxsize <= 0 means unbounded; full()/empty().
import asyncio


def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except (asyncio.QueueEmpty, asyncio.QueueFull, ValueError) as e:
        print(label, type(e).__name__, repr(str(e)), isinstance(e, Exception))


async def main():
    q = asyncio.Queue(2)
    attempt('get empty', q.get_nowait)
    attempt('put 1', lambda: q.put_nowait(1))
    attempt('put 2', lambda: q.put_nowait(2))
    attempt('put 3', lambda: q.put_nowait(3))
    print(q.full(), q.empty(), q.qsize(), q.maxsize, str(q))
    attempt('get', q.get_nowait)
    attempt('task_done', q.task_done)
    attempt('task_done', q.task_done)
    attempt('task_done', q.task_done)
    for m in (0, -1):
        u = asyncio.Queue(maxsize=m)
        for i in range(100):
            u.put_nowait(i)
        print(m, u.full(), u.qsize())
    lq = asyncio.LifoQueue(1)
    lq.put_nowait('a')
    attempt('lifo full', lambda: lq.put_nowait('b'))
    pq = asyncio.PriorityQueue()
    for x in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q')]:
        pq.put_nowait(x)
    print(str(pq))
    print([pq.get_nowait() for _ in range(4)])
    attempt('prio empty', pq.get_nowait)
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))


asyncio.run(main())
