# Cancelling a gather whose child swallows the cancellation still cancels the awaiter (with
# and without return_exceptions); a child cancelled directly; a shield's outer cancelled while
# the inner goes on; cancelling a task blocked in wait() leaves the waited tasks running.
import asyncio
log = []
async def stubborn(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('stubborn %d swallowed' % n)
        return 'survived'
async def quick():
    return 'q'
async def main():
    g = asyncio.gather(stubborn(1), quick())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(g.cancel('msg'))
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args, log)
    g = asyncio.gather(stubborn(2), quick(), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print('outer cancelled (return_exceptions)', e.args, log)
    # gather children cancelled directly: outer sees it
    t1 = asyncio.create_task(asyncio.sleep(1))
    t2 = asyncio.create_task(quick())
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel('direct')
    print(await g)
    t3 = asyncio.create_task(asyncio.sleep(1))
    g = asyncio.gather(t3, quick())
    await asyncio.sleep(0)
    t3.cancel('direct2')
    try:
        await g
    except asyncio.CancelledError as e:
        print('child cancel propagates', e.args, g.cancelled(), g.done())
    # shield
    inner = asyncio.create_task(stubborn(3))
    await asyncio.sleep(0)
    s = asyncio.shield(inner)
    s.cancel()
    print(s.cancelled(), inner.cancelled())
    inner.cancel()
    print(await inner, log)
    # wait returns sets even if the waiter task is cancelled
    ws = [asyncio.create_task(asyncio.sleep(1)) for _ in range(2)]
    wt = asyncio.create_task(asyncio.wait(ws))
    await asyncio.sleep(0)
    wt.cancel()
    try:
        await wt
    except asyncio.CancelledError:
        print('wait cancelled', [w.done() for w in ws])
    for w in ws: w.cancel()
    await asyncio.sleep(0)
asyncio.run(main())
