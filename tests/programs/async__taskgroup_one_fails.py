# One child of a TaskGroup fails: its siblings are cancelled, and the group raises
# ExceptionGroup('unhandled errors in a TaskGroup', [error]) from the async with.
import asyncio

log = []


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("failing child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            fast = tg.create_task(worker("fast", 0))
            tg.create_task(failing())
            slow = tg.create_task(worker("slow", 10))
            print("body finished")
    except ExceptionGroup as eg:
        print("caught:", repr(eg))
        print("message:", eg.message)
        print("type:", type(eg).__name__, type(eg.exceptions[0]).__name__)
        print("cause:", eg.__cause__, "suppress context:", eg.__suppress_context__)
    print(log)
    print(fast.result(), slow.cancelled())
    print(asyncio.current_task().cancelling())


asyncio.run(main())
