# Semaphore.locked() is True while non-cancelled waiters queue even if a release raised the
# value; a newcomer cannot jump the queue; value bookkeeping with cancelled waiters.
import asyncio

log = []


async def taker(sem, name, hold):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise
    log.append(name + ' in')
    for _ in range(hold):
        await asyncio.sleep(0)
    sem.release()
    log.append(name + ' out')


async def main():
    sem = asyncio.Semaphore(1)
    ts = [asyncio.create_task(taker(sem, 't%d' % i, 2)) for i in range(4)]
    await asyncio.sleep(0)
    print(sem.locked(), sem._value)
    ts[2].cancel()
    late = None
    for step in range(8):
        await asyncio.sleep(0)
        if step == 1:
            print('mid', sem.locked(), sem._value, log)
            late = asyncio.create_task(taker(sem, 'late', 0))
    await asyncio.gather(*ts, late, return_exceptions=True)
    print(log, sem.locked(), sem._value)
    log.clear()

    sem = asyncio.Semaphore(0)
    ws = [asyncio.create_task(taker(sem, 'w%d' % i, 0)) for i in range(3)]
    await asyncio.sleep(0)
    for w in ws:
        w.cancel()
    print(sem.locked(), sem._value)
    await asyncio.gather(*ws, return_exceptions=True)
    print(sem.locked(), sem._value, log)
    sem.release()
    print(sem.locked(), sem._value)


asyncio.run(main())
