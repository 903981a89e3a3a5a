# Loop callbacks run in the context current when they were scheduled (a copy), or in the one
# passed as context=: call_soon, call_later, call_at, add_done_callback; a callback's own set()
# does not leak into the scheduler's context.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='base')
out = []


def show(tag, *args):
    out.append((tag, var.get()) + args)


def setter(tag):
    var.set('set by ' + tag)
    out.append((tag, var.get()))


async def worker(name):
    var.set(name)
    loop = asyncio.get_running_loop()
    loop.call_soon(show, 'soon-' + name, 1)
    loop.call_later(0, show, 'later-' + name)
    loop.call_soon(setter, 'cb-' + name)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: show('done-' + name))
    await asyncio.sleep(0)
    fut.set_result(None)
    await asyncio.sleep(0)
    out.append(('after-' + name, var.get()))


async def main():
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    var.set('main')
    loop.call_soon(show, 'explicit', 2, context=ctx)
    loop.call_at(loop.time(), show, 'at-explicit', context=ctx)
    await asyncio.gather(worker('w1'), worker('w2'))
    f = loop.create_future()
    f.add_done_callback(lambda f: show('done-explicit'), context=ctx)
    f.set_result(1)
    await asyncio.sleep(0.01)
    out.append(('main end', var.get()))
    for o in out:
        print(o)


asyncio.run(main())
