# asyncio.wait with a timeout: tasks still pending keep running afterwards; timeout=0 polls;
# a done callback and the waiter's wake-up order around the timeout.
import asyncio

log = []


async def job(name, delay):
    await asyncio.sleep(delay)
    log.append('finished ' + name)
    return name


async def main():
    a = asyncio.create_task(job('a', 0.01), name='a')
    b = asyncio.create_task(job('b', 0.3), name='b')
    c = asyncio.create_task(job('c', 0.6), name='c')
    done, pending = await asyncio.wait([a, b, c], timeout=0.15)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending), log)
    done, pending = await asyncio.wait([a, b, c], timeout=0)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait([b, c], timeout=0.3, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending), log)
    c.cancel()
    done, pending = await asyncio.wait([c])
    print(c.cancelled(), len(pending), log)

    d = asyncio.create_task(job('d', 0))
    e = asyncio.create_task(job('e', 0))
    done, pending = await asyncio.wait([d, e], timeout=0)
    print('timeout 0 with fresh tasks:', len(done), len(pending))
    done, pending = await asyncio.wait([d, e], timeout=None)
    print(len(done), len(pending), log[-2:])


asyncio.run(main())
