import asyncio


async def locked_worker(lock, name, log):
    await lock.acquire()
    try:
        print('in', name, lock.locked())
        await asyncio.sleep(0)
        log.append(name)
        print('out', name)
    finally:
        lock.release()


async def sem_worker(sem, name):
    await sem.acquire()
    try:
        print('sem in', name)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print('sem out', name)
    finally:
        sem.release()


async def slow(v, d):
    await asyncio.sleep(d)
    print('slow finished', v)
    return v


async def stubborn_slow():
    try:
        await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        print('stubborn_slow cancelled')
        raise


async def main():
    lock = asyncio.Lock()
    log = []
    cs = []
    for n in 'abcd':
        cs.append(locked_worker(lock, n, log))
    await asyncio.gather(*cs)
    print(log, lock.locked())
    sem = asyncio.Semaphore(2)
    cs = []
    for n in 'pqrst':
        cs.append(sem_worker(sem, n))
    await asyncio.gather(*cs)
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print('bounded', e)
    print('wait_for ok', await asyncio.wait_for(slow('x', 0.01), 1))
    try:
        await asyncio.wait_for(stubborn_slow(), 0.02)
    except asyncio.TimeoutError:
        print('wait_for timed out')
    try:
        await asyncio.wait_for(stubborn_slow(), 0)
    except asyncio.TimeoutError:
        print('wait_for 0 timed out')
    inner = asyncio.create_task(slow('shielded', 0.02))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.005))
    try:
        await outer
    except asyncio.TimeoutError:
        print('shield outer timed out; inner done?', inner.done())
    print('inner result', await inner)
    ev = asyncio.Event()

    async def ev_wait(n):
        print('waiting on event', n)
        await ev.wait()
        print('event seen', n)

    ts = []
    for i in range(3):
        ts.append(asyncio.create_task(ev_wait(i)))
    await asyncio.sleep(0)
    ev.set()
    print('set', ev.is_set())
    await asyncio.gather(*ts)


asyncio.run(main())
