# Lock waiters cancelled in the middle of the queue are skipped; acquire() on a free lock whose
# only waiters are cancelled succeeds at once; locked() with queued waiters; the woken waiter
# is the first not-cancelled one.
import asyncio

log = []


async def user(lock, name):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise
    log.append(name + ' got')
    await asyncio.sleep(0)
    lock.release()
    log.append(name + ' released')


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    us = [asyncio.create_task(user(lock, 'u%d' % i)) for i in range(6)]
    await asyncio.sleep(0)
    us[0].cancel()
    us[2].cancel()
    us[3].cancel()
    await asyncio.sleep(0)
    print(log, lock.locked())
    lock.release()
    print('after release', lock.locked())
    await asyncio.gather(*us, return_exceptions=True)
    print(log)
    log.clear()

    lock2 = asyncio.Lock()
    await lock2.acquire()
    w = asyncio.create_task(user(lock2, 'w'))
    await asyncio.sleep(0)
    w.cancel()
    lock2.release()
    await asyncio.sleep(0)
    print(log, lock2.locked(), w.cancelled())
    print(await lock2.acquire(), lock2.locked())
    lock2.release()


asyncio.run(main())
