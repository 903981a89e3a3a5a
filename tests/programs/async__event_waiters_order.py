# Event.set wakes every waiter in the order they started waiting; clear() before they run
# does not stop them; a cancelled waiter; wait() on a set event returns at once.
import asyncio

log = []


async def waiter(ev, name):
    try:
        r = await ev.wait()
        log.append(name + ':' + str(r) + ':' + str(ev.is_set()))
    except asyncio.CancelledError:
        log.append(name + ' cancelled')


async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, 'w' + str(i))) for i in range(8)]
    await asyncio.sleep(0)
    ws[3].cancel()
    ev.set()
    ev.clear()
    log.append('set+clear')
    await asyncio.gather(*ws)
    print(log)
    log.clear()
    ev.set()
    ev.set()
    await waiter(ev, 'direct')
    w2 = [asyncio.create_task(waiter(ev, 'v' + str(i))) for i in range(3)]
    ev.clear()
    await asyncio.sleep(0)
    log.append('all blocked')
    ev.set()
    await asyncio.gather(*w2)
    print(log)


asyncio.run(main())
