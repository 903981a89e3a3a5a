# The task running a TaskGroup is cancelled from outside: the children are cancelled, the
# group waits for them, and CancelledError (not a group) propagates; with a child error at
# the same time, the error wins.
import asyncio


async def child(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        await asyncio.sleep(0.01)
        log.append(f"{name} cleaned up")
        raise


async def runner(log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", log))
            tg.create_task(child("b", log))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("runner saw CancelledError")
        raise
    log.append("not reached")


async def failing_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("failed during cancellation")


async def runner2():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(failing_on_cancel())
        await asyncio.sleep(10)


async def main():
    log = []
    t = asyncio.create_task(runner(log))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())
    print(sorted(log))

    t2 = asyncio.create_task(runner2())
    await asyncio.sleep(0.01)
    t2.cancel()
    try:
        await t2
    except ExceptionGroup as eg:
        print("runner2 raised:", repr(eg), t2.cancelled())

    # Cancelled while waiting in __aexit__ for the children.
    log = []

    async def runner3():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c", log))
        log.append("not reached")

    t3 = asyncio.create_task(runner3())
    await asyncio.sleep(0.01)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("runner3 cancelled:", t3.cancelled())
    print(log)


asyncio.run(main())
