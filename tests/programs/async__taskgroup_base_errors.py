# KeyboardInterrupt and SystemExit raised in a TaskGroup's body are not wrapped: the group
# aborts its children and re-raises the base error itself, even over children's errors.
import asyncio


async def sibling(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("sibling cancelled")
        raise


async def fail_soon():
    await asyncio.sleep(0)
    raise ValueError("child failed")


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling(log))
            await asyncio.sleep(0)
            raise SystemExit(4)
    except SystemExit as e:
        print("body SystemExit", e.code)
    print(log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling(log))
            await asyncio.sleep(0)
            raise KeyboardInterrupt("stop")
    except KeyboardInterrupt as e:
        print("body KeyboardInterrupt", repr(e))
    print(log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_soon())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise SystemExit("exit while aborting")
    except SystemExit as e:
        print("SystemExit wins:", e.code)
    except BaseExceptionGroup as eg:
        print("group", repr(eg))

    async with asyncio.TaskGroup() as tg:
        tg.create_task(sibling(log))
        await asyncio.sleep(0)
        raise SystemExit(5)


try:
    asyncio.run(main())
except SystemExit as e:
    print("run raised SystemExit", e.code)
