# except* around `async with TaskGroup()`: each clause handles its kind of child failure;
# unhandled kinds propagate in a group; handlers may raise.
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def group(*excs):
    async with asyncio.TaskGroup() as tg:
        for e in excs:
            tg.create_task(fail(0, e))


async def main():
    try:
        await group(ValueError(1), KeyError(2), ValueError(3))
    except* ValueError as e:
        print("values", e.exceptions)
    except* KeyError as e:
        print("keys", e.exceptions)

    try:
        try:
            await group(ValueError(1), OSError(2))
        except* ValueError as e:
            print("values", e.exceptions)
    except* OSError as e:
        print("outer got", repr(e))

    try:
        try:
            await group(ValueError(1), TypeError(2))
        except* ValueError:
            raise RuntimeError("replacing the values")
    except ExceptionGroup as e:
        print(repr(e))
        print(repr(e.exceptions[0].__context__))

    try:
        await group(KeyError("a"))
    except* LookupError as e:
        print("lookup", repr(e))
    print("done")


asyncio.run(main())
