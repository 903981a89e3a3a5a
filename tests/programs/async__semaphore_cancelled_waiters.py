# Semaphore fairness: waiters get the semaphore in the order they asked; a waiter cancelled
# while waiting, or cancelled after release() picked it, does not lose a permit; a newcomer
# does not jump the queue while others wait.
import asyncio


async def user(sem, name, log, hold=1):
    log.append(name + " asks")
    try:
        async with sem:
            log.append(name + " in")
            for _ in range(hold):
                await asyncio.sleep(0)
            log.append(name + " out")
    except asyncio.CancelledError:
        log.append(name + " cancelled (locked=%s)" % sem.locked())
        raise


async def main():
    log = []
    sem = asyncio.Semaphore(2)
    tasks = {n: asyncio.create_task(user(sem, n, log, 2)) for n in "abcdef"}
    await asyncio.sleep(0)
    tasks["d"].cancel()
    log.append("main cancelled d")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    tasks["e"].cancel()
    log.append("main cancelled e")
    late = asyncio.create_task(user(sem, "late", log))
    await asyncio.gather(*tasks.values(), late, return_exceptions=True)
    print("\n".join(log))
    print("value back to", sem._value, "locked:", sem.locked())

    log.clear()
    sem = asyncio.Semaphore(0)
    ws = [asyncio.create_task(user(sem, "w%d" % i, log)) for i in range(4)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    ws[0].cancel()
    log.append("released 2, cancelled w0")
    await asyncio.sleep(0)
    log.append("main after one step")
    sem.release()
    sem.release()
    log.append("released 2 more")
    await asyncio.gather(*ws, return_exceptions=True)
    print("\n".join(log))
    print("value", sem._value)

    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        pass
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
