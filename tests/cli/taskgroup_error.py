# A TaskGroup whose task fails would raise an ExceptionGroup, which specloop does not
# support yet: the run ends as unsupported (exit 2) after what was printed before.
import asyncio


async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    print("before the group")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom())


asyncio.run(main())
