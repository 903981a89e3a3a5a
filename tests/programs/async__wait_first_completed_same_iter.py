# asyncio.wait(FIRST_COMPLETED) when several tasks finish in the same loop iteration: all of
# them are in `done`; then FIRST_EXCEPTION and ALL_COMPLETED with a done-at-call task.
import asyncio


async def hop(v, n, fail=False):
    for _ in range(n):
        await asyncio.sleep(0)
    if fail:
        raise RuntimeError(v)
    return v


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    ts = [asyncio.create_task(hop(i, n), name='t%d' % i) for i, n in enumerate([2, 1, 1, 1, 3])]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))

    ts = [asyncio.create_task(hop(i, n, f), name='e%d' % i)
          for i, n, f in [(0, 1, False), (1, 2, True), (2, 2, True), (3, 4, False)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), [str(t.exception()) for t in ts if t in done and t.exception()])
    await asyncio.wait(pending)

    already = asyncio.create_task(hop('z', 0))
    await asyncio.sleep(0)
    later = asyncio.create_task(hop('y', 2))
    done, pending = await asyncio.wait([already, later], return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait([already, later], return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    done, pending = await asyncio.wait([already, later], return_when=asyncio.ALL_COMPLETED)
    print(names(done), names(pending))


asyncio.run(main())
