# add_done_callback on an already-done future schedules the callback (it does not run
# immediately); remove_done_callback returns how many were removed, including duplicates.
import asyncio

out = []


def a(f):
    out.append('a')


def b(f):
    out.append('b')


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    f.add_done_callback(a)
    out.append('after add')
    loop.call_soon(out.append, 'soon')
    f.add_done_callback(b)
    print(out)
    await asyncio.sleep(0)
    print(out)
    out.clear()

    g = loop.create_future()
    for cb in (a, b, a, a, b):
        g.add_done_callback(cb)
    print(g.remove_done_callback(a), g.remove_done_callback(a), g.remove_done_callback(b))
    g.add_done_callback(a)
    g.add_done_callback(b)
    g.set_result(2)
    print(g.remove_done_callback(a))  # callbacks already scheduled: nothing to remove
    await asyncio.sleep(0)
    print(out)
    out.clear()

    t = asyncio.create_task(asyncio.sleep(0, 'x'))
    t.add_done_callback(a)
    t.add_done_callback(b)
    print(t.remove_done_callback(b))
    await t
    out.append('after await')
    await asyncio.sleep(0)
    print(out)
    out.clear()

    # lambda callbacks are distinct objects: removing an equal-looking one removes nothing
    h = loop.create_future()
    h.add_done_callback(lambda f: out.append('l1'))
    print(h.remove_done_callback(lambda f: out.append('l1')))
    h.cancel()
    await asyncio.sleep(0)
    print(out)


asyncio.run(main())
