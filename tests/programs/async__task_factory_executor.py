# loop.set_task_factory / get_task_factory (names and contexts passed through), and
# loop.run_in_executor(None, f, *args): results and exceptions come back through the
# future (specloop runs f as a step of its own; CPython in a thread).
import asyncio
import contextvars

made = []


class LoggingTask(asyncio.Task):
    pass


def factory(loop, coro, **kwargs):
    made.append(kwargs.get("context") is not None)
    return LoggingTask(coro, loop=loop, **kwargs)


async def work(n):
    await asyncio.sleep(0)
    return n * 10


def blocking(a, b):
    return a ** b


def failing():
    raise KeyError("missing")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(work(1), name="first")
    print(type(t).__name__, t.get_name(), await t)
    t = asyncio.create_task(work(2), context=contextvars.copy_context())
    print(await t, made)
    print(await asyncio.gather(work(3), work(4)))
    loop.set_task_factory(None)
    print(type(asyncio.create_task(work(5))).__name__)
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print("TypeError", e)

    print(await loop.run_in_executor(None, blocking, 2, 10))
    try:
        await loop.run_in_executor(None, failing)
    except KeyError as e:
        print("KeyError", e)
    results = await asyncio.gather(
        loop.run_in_executor(None, blocking, 3, 3), work(7),
        loop.run_in_executor(None, sum, [1, 2, 3]))
    print(results)


asyncio.run(main())
