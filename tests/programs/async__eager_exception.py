# golden-python: 3.12
# An exception or a cancellation in an eager task's first step: the task is done (failed or
# cancelled) when create_task returns, and the caller goes on.
import asyncio


async def fails(msg):
    print("  fails runs")
    raise ValueError(msg)


async def cancels_itself():
    print("  cancels_itself runs")
    raise asyncio.CancelledError("self")


async def fails_later():
    print("  fails_later step 1")
    await asyncio.sleep(0)
    print("  fails_later step 2")
    raise KeyError("later")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(fails("at once"))
    print("done:", t.done(), "exception:", repr(t.exception()))
    try:
        await t
    except ValueError as e:
        print("await raised", repr(e))
    c = asyncio.create_task(cancels_itself())
    print("cancelled:", c.cancelled())
    try:
        await c
    except asyncio.CancelledError as e:
        print("await raised CancelledError", e.args)
    f = asyncio.create_task(fails_later())
    print("fails_later done after create:", f.done())
    try:
        await f
    except KeyError as e:
        print("await raised", repr(e))
    g = asyncio.gather(fails("in gather"), return_exceptions=True)
    print("gather:", await g)
    try:
        await asyncio.gather(fails_later(), fails_later())
    except KeyError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
