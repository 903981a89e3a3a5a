import asyncio


class TaskFailure(Exception):
    pass


async def ok(i):
    await asyncio.sleep(0)
    print("ok", i)
    return i


async def bad(i):
    await asyncio.sleep(0)
    print("bad", i, "raising")
    raise ValueError("bad " + str(i))


async def slow_ok(i, delay):
    await asyncio.sleep(delay)
    print("slow ok", i)
    return i


async def deep_fail(n):
    if n == 0:
        await asyncio.sleep(0)
        raise TaskFailure("bottom reached")
    try:
        return await deep_fail(n - 1)
    finally:
        print("unwinding", n)


async def main():
    try:
        await asyncio.gather(ok(1), bad(2), ok(3))
    except ValueError as e:
        print("caught", type(e).__name__, str(e))
    try:
        await asyncio.gather(slow_ok(4, 0.1), bad(5), slow_ok(6, 0.01))
    except ValueError as e:
        print("caught", str(e))
    await asyncio.sleep(0.3)
    print("after waiting for stragglers")
    try:
        await deep_fail(3)
    except TaskFailure as e:
        print("caught", type(e).__name__, str(e), isinstance(e, Exception))
    t = asyncio.create_task(bad(7))
    await asyncio.sleep(0)
    try:
        await t
    except Exception as e:
        print("task raised", type(e).__name__, str(e))
    try:
        await t
    except ValueError as e:
        print("awaiting again raises again", str(e))
    results = []
    for i in range(4):
        try:
            results.append(await asyncio.gather(ok(i), bad(i) if i % 2 else ok(i * 10)))
        except ValueError as e:
            results.append(str(e))
    print(results)


asyncio.run(main())
