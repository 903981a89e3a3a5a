# Many waiters on a Lock acquire it in FIFO order; locked() states around releases; a waiter
# cancelled while it is being woken passes the lock on; release of an unlocked lock.
import asyncio

log = []


async def user(lock, name, hops):
    async with lock:
        log.append('in ' + name)
        for _ in range(hops):
            await asyncio.sleep(0)
        log.append('out ' + name)


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    ts = [asyncio.create_task(user(lock, 'u' + str(i), i % 3)) for i in range(12)]
    await asyncio.sleep(0)
    print(lock.locked())
    await asyncio.gather(*ts)
    print(' '.join(log))
    print(lock.locked())
    log.clear()

    await lock.acquire()
    ws = [asyncio.create_task(user(lock, 'w' + str(i), 1)) for i in range(4)]
    await asyncio.sleep(0)
    lock.release()        # wakes w0
    print('released', lock.locked())
    ws[0].cancel()        # w0 cancelled while being woken: w1 takes over
    await asyncio.gather(*ws, return_exceptions=True)
    print(log, [w.cancelled() for w in ws], lock.locked())

    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    # a fresh acquire while a waiter is queued but lock is free goes behind the waiter
    await lock.acquire()
    log.clear()
    x = asyncio.create_task(user(lock, 'x', 0))
    await asyncio.sleep(0)
    lock.release()
    y = asyncio.create_task(user(lock, 'y', 0))
    print('locked after release with waiter:', lock.locked())
    await asyncio.gather(x, y)
    print(log)


asyncio.run(main())
