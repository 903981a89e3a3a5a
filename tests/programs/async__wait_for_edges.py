# wait_for: timeout=None awaits plainly, timeout=0 and negative on done and pending
# futures/coroutines, a task that finishes exactly as the timeout hits, the TimeoutError's
# __cause__, a task that suppresses its cancellation, and the inner task's final state.
import asyncio

log = []


async def quick(v):
    return v


async def hops(v, n):
    for _ in range(n):
        await asyncio.sleep(0)
    log.append('hops done ' + str(v))
    return v


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('stubborn swallowed cancel')
        return 'kept going'


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(hops('none', 2), None))
    f = loop.create_future()
    f.set_result('done future')
    print(await asyncio.wait_for(f, 0))
    print(await asyncio.wait_for(quick('coro with 0'), 0) if False else 'skip')
    try:
        await asyncio.wait_for(hops('zero', 1), 0)
    except asyncio.TimeoutError as e:
        print('timeout 0:', repr(e), type(e.__cause__).__name__, e.__suppress_context__, log)
    try:
        await asyncio.wait_for(hops('neg', 1), -1)
    except asyncio.TimeoutError:
        print('negative timeout', log)
    t = asyncio.create_task(hops('task', 3))
    try:
        await asyncio.wait_for(t, 0)
    except asyncio.TimeoutError:
        print('task cancelled by timeout 0:', t.cancelled())
    try:
        print(await asyncio.wait_for(stubborn(), 0))
    except asyncio.TimeoutError:
        print('stubborn never started: TimeoutError', log)
    st = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(st, 0), st.cancelled())
    print(await asyncio.wait_for(stubborn(), 0.01))
    # inner finishes in the same iteration as the timeout: its result wins
    when = loop.time() + 0.02
    inner = loop.create_future()
    loop.call_at(when, inner.set_result, 'inner won')
    try:
        print(await asyncio.wait_for(inner, 0.02))
    except asyncio.TimeoutError:
        print('timed out')
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print('sleep timed out', type(e.__cause__).__name__, type(e.__context__).__name__)
    x = asyncio.create_task(hops('x', 1))
    print(await asyncio.wait_for(x, 5), x.done())
    # cancelling the task that is in wait_for cancels the inner one
    inner2 = asyncio.create_task(asyncio.sleep(5))
    outer = asyncio.create_task(asyncio.wait_for(inner2, 10))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    outer.cancel('stop')
    try:
        await outer
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args, inner2.cancelled())
    print(log)


asyncio.run(main())
