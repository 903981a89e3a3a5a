# Done callbacks and task wake-ups in the same iteration: a future's callbacks (a plain
# callback, a waiting task's wake-up, another plain one) run in the order they were added;
# call_soon callbacks queued in between keep their place; a task finishing wakes its awaiters
# and runs its callbacks in registration order.
import asyncio

log = []


def cb(tag):
    def f(fut):
        log.append("cb %s (result %r)" % (tag, fut.result()))
    return f


async def awaiter(fut, name):
    log.append(name + " waits")
    v = await fut
    log.append("%s woke with %r" % (name, v))
    await asyncio.sleep(0)
    log.append(name + " next step")


async def child():
    log.append("child runs")
    await asyncio.sleep(0)
    log.append("child finishes")
    return "child"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb("first"))
    t1 = asyncio.create_task(awaiter(fut, "t1"))
    await asyncio.sleep(0)
    fut.add_done_callback(cb("second"))
    t2 = asyncio.create_task(awaiter(fut, "t2"))
    await asyncio.sleep(0)
    fut.add_done_callback(cb("third"))
    loop.call_soon(log.append, "call_soon before set_result")
    fut.set_result(1)
    loop.call_soon(log.append, "call_soon after set_result")
    fut.add_done_callback(cb("added after done"))
    log.append("main yields")
    await asyncio.sleep(0)
    log.append("main back")
    await asyncio.gather(t1, t2)

    c = asyncio.create_task(child())
    c.add_done_callback(cb("task cb 1"))
    w = asyncio.create_task(awaiter(c, "w"))
    c.add_done_callback(cb("task cb 2"))
    removed = c.remove_done_callback(cb)
    log.append("removed unknown: %d" % removed)
    await w

    f2 = loop.create_future()
    f3 = loop.create_future()
    f2.add_done_callback(lambda f: (log.append("f2 cb sets f3"), f3.set_result("from f2")))
    f3.add_done_callback(cb("f3"))
    t3 = asyncio.create_task(awaiter(f3, "t3"))
    await asyncio.sleep(0)
    f2.set_result(None)
    log.append("f2 set")
    await t3
    print("\n".join(log))


asyncio.run(main())
