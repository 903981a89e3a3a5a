# asyncio.timeout / timeout_at: a block that finishes in time, one cancelled by the deadline
# (TimeoutError, expired()), rescheduling, nested timeouts, None, and misuse errors.
import asyncio


async def main():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time", cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("timed out", cm.expired(), type(e.__cause__).__name__, repr(cm))
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            cm.reschedule(loop.time() + 0.02)
            print("when set", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout expired")
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
        print("no deadline", cm.when())
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timed out")
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(0)
    except TimeoutError:
        print("zero delay expired")
    t = asyncio.timeout(1)
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError", e)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError", e)

    async def cancel_me():
        async with asyncio.timeout(10):
            await asyncio.sleep(1)
    task = asyncio.create_task(cancel_me())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("outside cancel stays CancelledError")


asyncio.run(main())
