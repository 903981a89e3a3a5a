import asyncio


async def job(name, delay, value):
    print('start', name)
    await asyncio.sleep(delay)
    print('end', name)
    return value


async def quick(name):
    print('quick', name)
    return name


async def main():
    # Completion order differs from argument order; results follow arguments.
    r = await asyncio.gather(job('slow', 0.2, 1), job('fast', 0.01, 2),
                             job('mid', 0.1, 3), quick('q'))
    print(r)
    # The same coroutine object twice is wrapped once.
    c = quick('dup')
    r = await asyncio.gather(c, c, quick('other'))
    print(r)
    r = await asyncio.gather()
    print('empty', r)
    # Tasks and coroutines mixed, sleep(0) chains of different lengths.
    t = asyncio.create_task(quick('task'))
    r = await asyncio.gather(quick('x'), t, job('z', 0, 'zz'))
    print(r)


asyncio.run(main())
