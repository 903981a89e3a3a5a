# wait(FIRST_EXCEPTION): a cancelled task is done but is not an exception, so waiting goes on;
# an exception in the same iteration as normal completions; all succeeding means ALL.
import asyncio


async def hop(n, fail=None):
    for _ in range(n):
        await asyncio.sleep(0)
    if fail:
        raise fail
    return n


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    a = asyncio.create_task(hop(10), name='a')
    b = asyncio.create_task(hop(50), name='b')
    c = asyncio.create_task(hop(3, KeyError('c')), name='c')
    d = asyncio.create_task(hop(3), name='d')
    asyncio.get_running_loop().call_soon(b.cancel)
    done, pending = await asyncio.wait([a, b, c, d], return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), b.cancelled(), repr(c.exception()))
    await asyncio.wait(pending)

    xs = [asyncio.create_task(hop(i), name='x%d' % i) for i in range(4)]
    done, pending = await asyncio.wait(xs, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))

    ys = [asyncio.create_task(hop(2), name='y%d' % i) for i in range(3)]
    ys[1].cancel()
    done, pending = await asyncio.wait(ys, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ys, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))


asyncio.run(main())
