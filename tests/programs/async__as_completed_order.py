# as_completed yields in completion order (ties: task creation order), including futures already done when it starts,
# futures completing in the same iteration, and a timeout leaving some pending.
import asyncio


async def hop(v, n):
    for _ in range(n):
        await asyncio.sleep(0)
    return v


async def fail(n):
    for _ in range(n):
        await asyncio.sleep(0)
    raise ValueError('fail%d' % n)


async def main():
    loop = asyncio.get_running_loop()
    pre = loop.create_future()
    pre.set_result('pre')
    # tasks, not coroutines: CPython wraps coroutines in tasks in set (address) order
    ts = [asyncio.create_task(c) for c in [hop('c3', 3), hop('a1', 1)]] + [pre] + \
        [asyncio.create_task(c) for c in [hop('b1', 1), hop('d0', 0), fail(2)]]
    for f in asyncio.as_completed(ts):
        try:
            print('got', await f)
        except ValueError as e:
            print('error', e)

    slow = [asyncio.create_task(asyncio.sleep(d, 'd%s' % d)) for d in (0.5, 0.01, 0.02, 1.0)]
    got = []
    try:
        for f in asyncio.as_completed(slow, timeout=0.2):
            got.append(await f)
    except asyncio.TimeoutError:
        print('timeout after', got, [t.done() for t in slow])
    for t in slow:
        t.cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in slow])


asyncio.run(main())
