# golden-python: 3.12
# Eager tasks whose coroutine finishes in its first step: done when create_task returns, no
# step scheduled; done callbacks added afterwards still run from the loop, in order.
import asyncio


async def compute(n):
    print("  compute", n, "runs inside create_task")
    return n * n


async def await_done_future(fut):
    # Awaiting a future that is already done does not suspend.
    return "got " + str(await fut)


def report(task):
    print("  done callback of", task.get_name(), "result", task.result())


async def ticker(n):
    for i in range(n):
        print("  tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    print("factory is eager:", loop.get_task_factory() is asyncio.eager_task_factory)
    tick = asyncio.create_task(ticker(3))
    print("ticker started, done:", tick.done())
    print("before create_task")
    t = asyncio.create_task(compute(7), name="square")
    print("after create_task: done", t.done(), "result", t.result(), "name", t.get_name())
    t.add_done_callback(report)
    print("callback added")
    fut = loop.create_future()
    fut.set_result(5)
    t2 = asyncio.create_task(await_done_future(fut))
    print("t2 done at once:", t2.done(), t2.result())
    results = []
    for i in range(4):
        results.append(asyncio.create_task(compute(i)).result())
    print("results", results)
    print("main awaits t:", await t)
    await tick
    print("cancel a done eager task:", t.cancel(), t.cancelled())


asyncio.run(main())
