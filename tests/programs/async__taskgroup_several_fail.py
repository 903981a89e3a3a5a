# Several children fail: the errors are collected in the order the tasks finished, both
# those that failed before the abort and those that fail while being cancelled.
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def fail_on_cancel(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError(f"{name} failed while cancelled")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.3, KeyError("second")))
            tg.create_task(fail_after(0.01, ValueError("first")))
            tg.create_task(fail_on_cancel("c"))
            tg.create_task(fail_after(0.3, TypeError("also second")))
    except* ValueError as e:
        print("values:", repr(e))
    except* KeyError as e:
        print("keys:", repr(e))
    except* (TypeError, RuntimeError) as e:
        print("others:", repr(e))
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(5):
                tg.create_task(fail_after(0, ValueError(i)))
    except ExceptionGroup as eg:
        print(repr(eg), len(eg.exceptions))


asyncio.run(main())
