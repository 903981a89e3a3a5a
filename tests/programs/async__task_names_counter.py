# Which operations make tasks (and so use up a 'Task-N' name): gather and wait_for and
# as_completed and shield of coroutines, ensure_future, awaitables that are not coroutines
# (wrapped in a task); a task given a name does not advance the counter; set_name(non-str).
import asyncio


async def c():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


class Awaitable:
    def __await__(self):
        yield
        return asyncio.current_task().get_name()


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.current_task().get_name())
    print(await asyncio.gather(c(), c()))
    print(await asyncio.wait_for(c(), 1))
    print(await asyncio.wait_for(c(), None))
    for f in asyncio.as_completed([c()]):
        print(await f)
    print(await asyncio.shield(c()))
    print(await asyncio.ensure_future(c()))
    named = loop.create_task(c(), name=42)
    print(repr(named.get_name()), await named)
    named.set_name(None)
    print(repr(named.get_name()))
    print(asyncio.create_task(c(), name='x').get_name(), asyncio.create_task(c()).get_name())
    print(await asyncio.gather(Awaitable(), c()))
    print(await asyncio.wait_for(Awaitable(), 1))
    t = asyncio.ensure_future(Awaitable())
    print(t.get_name(), await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError', e)
    print(asyncio.create_task(c()).get_name())
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
