# A TaskGroup whose task fails raises BaseExceptionGroup('unhandled errors in a TaskGroup',
# [...]) out of the `async with`; uncaught, it ends the run with CPython's boxed traceback.
import asyncio


async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    print("before the group")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom())


asyncio.run(main())
