# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED, with a timeout that
# leaves tasks pending, and its errors; asyncio.as_completed in finishing order.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.2), ("b", 0.01), ("c", 0.1)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("all completed:", names(done), names(pending), [t.result() for t in ts])

    ts = [asyncio.create_task(job(n, d, f), name=n)
          for n, d, f in [("x", 0.01, False), ("y", 0.02, True), ("z", 0.2, False)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending), repr(ts[1].exception()))
    done, pending = await asyncio.wait(ts, timeout=0.01)
    print("timeout:", names(done), names(pending))
    ts[2].cancel()
    done, pending = await asyncio.wait(ts)
    print("after cancel:", names(done), names(pending), ts[2].cancelled())

    for bad in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        if asyncio.iscoroutine(bad):
            bad.close()
    coro = job("q", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)

    ts = [asyncio.create_task(job(n, d)) for n, d in [("p", 0.03), ("q", 0.01), ("r", 0.02)]]
    for fut in asyncio.as_completed(ts):
        print("as completed:", await fut)
    slow = [asyncio.create_task(job("s", 0.5)), asyncio.create_task(job("t", 0.01))]
    got = []
    try:
        for fut in asyncio.as_completed(slow, timeout=0.05):
            got.append(await fut)
    except TimeoutError:
        print("as_completed timed out after", got)
    slow[0].cancel()


asyncio.run(main())
