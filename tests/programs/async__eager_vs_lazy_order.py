# golden-python: 3.12
# Eager and lazy tasks mixed: an eager task prints inside create_task, a lazy one at the
# loop's next iteration, after the steps already scheduled; Task(..., eager_start=True) and
# create_eager_task_factory with a Task subclass.
import asyncio


async def say(tag, steps=1):
    for i in range(steps):
        print("   ", tag, "step", i)
        if i + 1 < steps:
            await asyncio.sleep(0)
    return tag


class LoudTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        print("    LoudTask eager_start =", eager_start)
        super().__init__(coro, loop=loop, name=name, context=context, eager_start=eager_start)


async def main():
    loop = asyncio.get_running_loop()
    print("lazy L1")
    l1 = asyncio.create_task(say("L1", 2))
    loop.set_task_factory(asyncio.eager_task_factory)
    print("eager E1")
    e1 = asyncio.create_task(say("E1", 2))
    loop.set_task_factory(None)
    print("lazy L2")
    l2 = asyncio.create_task(say("L2", 2))
    print("Task(eager_start=True) E2")
    e2 = asyncio.Task(say("E2", 2), loop=loop, eager_start=True)
    print("Task(eager_start=False) L3")
    l3 = asyncio.Task(say("L3"), loop=loop, eager_start=False)
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    print([await t for t in (l1, e1, l2, e2, l3)])
    loop.set_task_factory(asyncio.create_eager_task_factory(LoudTask))
    print("custom eager factory")
    x = asyncio.create_task(say("X"), name="custom")
    print("x:", type(x).__name__, x.get_name(), x.done(), await x)
    loop.set_task_factory(None)
    print("lazy LoudTask")
    y = LoudTask(say("Y"), loop=loop)
    print("y created")
    print(await y)


asyncio.run(main())
