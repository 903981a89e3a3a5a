# Task reprs through a task's life with the source path cut out: pending before it starts and
# while it waits, cancelling, cancelled, finished with a result or an exception.
import asyncio
def tail(r):
    # drop the file path: keep what precedes ' at ' and what follows the line number
    if ' at ' not in r:
        return r
    head, rest = r.split(' at ', 1)
    i = rest.index('>')
    return head + ' at ...' + rest[i:]
async def f(x):
    await asyncio.sleep(0)
    return x * 2
async def bad():
    raise ValueError('v')
async def main():
    t = asyncio.create_task(f(3))
    print(tail(repr(t)))
    await asyncio.sleep(0)
    print(tail(repr(t)))
    await t
    print(tail(repr(t)))
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(tail(repr(b)))
    b.exception()
    c = asyncio.create_task(f(1))
    await asyncio.sleep(0)
    c.cancel()
    print(tail(repr(c)))
    await asyncio.sleep(0)
    print(tail(repr(c)))
    print(repr(asyncio.current_task()).split(' coro=')[0])
asyncio.run(main())
