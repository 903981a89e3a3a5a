# Exception chaining inside asyncio tasks sharing a registry: causes and contexts survive
# gather(return_exceptions=True), task results and awaits across tasks.
import asyncio


class FetchError(Exception):
    pass


registry = {"errors": [], "done": []}


async def fetch(i):
    await asyncio.sleep(0)
    try:
        if i % 3 == 0:
            raise KeyError(f"k{i}")
        if i % 3 == 1:
            raise ValueError(f"v{i}")
        return i * 10
    except KeyError as e:
        raise FetchError(f"fetch {i} missing") from e
    except ValueError:
        registry["errors"].append(i)
        raise FetchError(f"fetch {i} invalid")
    finally:
        registry["done"].append(i)


async def guarded(i):
    try:
        return await fetch(i)
    except FetchError as e:
        await asyncio.sleep(0)
        cause = e.__cause__
        ctx = e.__context__
        return (str(e), type(cause).__name__, type(ctx).__name__, e.__suppress_context__)


async def main():
    results = await asyncio.gather(*(guarded(i) for i in range(7)))
    for r in results:
        print(r)
    raw = await asyncio.gather(*(fetch(i) for i in range(4)), return_exceptions=True)
    for r in raw:
        if isinstance(r, BaseException):
            print(type(r).__name__, r, repr(r.__cause__), repr(r.__context__))
        else:
            print("value", r)
    print(sorted(registry["errors"]), sorted(registry["done"]))
    t = asyncio.create_task(fetch(3))
    try:
        await t
    except FetchError as e:
        print("awaited", e, type(e.__cause__).__name__, e.__cause__.args)


asyncio.run(main())
