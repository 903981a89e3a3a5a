# Semaphore(2) with many waiters: FIFO admission, locked() states, a waiter cancelled while
# being woken passes its slot on; BoundedSemaphore over-release raises ValueError.
import asyncio

log = []


async def user(sem, name, hops):
    async with sem:
        log.append('+' + name)
        for _ in range(hops):
            await asyncio.sleep(0)
        log.append('-' + name)


async def main():
    sem = asyncio.Semaphore(2)
    ts = [asyncio.create_task(user(sem, str(i), (i * 7) % 4)) for i in range(10)]
    await asyncio.sleep(0)
    print(sem.locked(), sem._value)
    await asyncio.gather(*ts)
    print(' '.join(log), sem.locked())
    log.clear()

    sem = asyncio.Semaphore(0)
    ws = [asyncio.create_task(user(sem, 'w' + str(i), 0)) for i in range(4)]
    await asyncio.sleep(0)
    sem.release()
    ws[0].cancel()
    sem.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, [w.done() for w in ws])
    sem.release()
    await asyncio.gather(*ws, return_exceptions=True)
    print(log, [w.cancelled() for w in ws], sem.locked())

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    print(b.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)


asyncio.run(main())
