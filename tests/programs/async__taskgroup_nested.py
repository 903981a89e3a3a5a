# Nested TaskGroups: an inner group's ExceptionGroup is an error of the outer group's task
# or body, so the outer group nests it.
import asyncio


async def fail(steps, exc):
    # Steps of the loop, not timers: failures meant for the same iteration happen in it.
    for _ in range(steps):
        await asyncio.sleep(0)
    raise exc


async def inner_group(tag):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(3, ValueError(f"{tag} v")))
        tg.create_task(fail(3, TypeError(f"{tag} t")))


def show(e, indent=0):
    pad = "  " * indent
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}: {e}")
        for s in e.exceptions:
            show(s, indent + 1)
    else:
        print(f"{pad}{type(e).__name__}: {e}")


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group("task"))
            outer.create_task(fail(1, KeyError("outer task")))
    except ExceptionGroup as eg:
        show(eg)

    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group("first"))
            outer.create_task(inner_group("second"))
    except* ValueError as eg:
        print("values:")
        show(eg)
    except* TypeError as eg:
        print("types:")
        show(eg)

    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(asyncio.sleep(1))
            await inner_group("body")
    except ExceptionGroup as eg:
        show(eg)


asyncio.run(main())
