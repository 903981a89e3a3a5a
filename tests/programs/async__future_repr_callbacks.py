# Future reprs list their done callbacks: a task waiting shows as Task.task_wakeup(), built-in
# and bound-method callbacks by name, more than two as '<n more>'; they vanish once scheduled.
import asyncio


class Watcher:
    def seen(self, fut):
        print('seen', fut.result())


async def waiter(f):
    return await f


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    print(repr(f))
    w = Watcher()
    f.add_done_callback(w.seen)
    print(repr(f))
    f.add_done_callback(print)
    print(repr(f))
    f.add_done_callback(len)
    print(repr(f))
    print(f.remove_done_callback(len), repr(f))
    f.set_result('ok')
    print(repr(f))
    print(await t)
    g = loop.create_future()
    g.add_done_callback(w.seen)
    g.cancel()
    print(repr(g))
    await asyncio.sleep(0)


asyncio.run(main())
