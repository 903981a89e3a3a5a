# asyncio.TaskGroup without errors: interleaving of the group's tasks, tasks added from
# inside the group, names, individually cancelled members, the parent cancelled while it
# waits in __aexit__, and the RuntimeErrors of misuse.
import asyncio


async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name.upper()


async def spawner(tg, log):
    log.append("spawner")
    await asyncio.sleep(0)
    child = tg.create_task(worker("c", 2, log), name="child")
    log.append("spawned " + child.get_name())
    return "S"


async def basics():
    log = []
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker("a", 3, log))
        b = tg.create_task(worker("b", 2, log), name="bee")
        s = tg.create_task(spawner(tg, log))
        log.append("body end")
    print(log)
    print(a.result(), b.result(), s.result(), b.get_name())


async def sleeper(d, log):
    try:
        await asyncio.sleep(d)
        log.append(f"slept {d}")
    except asyncio.CancelledError:
        log.append(f"cancelled {d}")
        raise


async def member_cancelled():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(sleeper(0.01, log))
        t2 = tg.create_task(sleeper(10, log))
        await asyncio.sleep(0)
        t2.cancel()
    print(log, t1.done(), t2.cancelled())


async def guarded(log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(10, log))
            tg.create_task(sleeper(20, log))
            log.append("body done")
    except asyncio.CancelledError:
        log.append("group cancelled")
        raise


async def parent_cancelled():
    log = []
    outer = asyncio.create_task(guarded(log))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append("outer cancelled")
    print(log, outer.cancelled())


async def misuse():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = worker("x", 1, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        print(repr(tg))
        tg.create_task(worker("y", 1, []))
        print(repr(tg))
    coro = worker("z", 1, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


async def nested():
    log = []
    async with asyncio.TaskGroup() as outer:
        async def inner_group(tag):
            async with asyncio.TaskGroup() as inner:
                for i in range(2):
                    inner.create_task(worker(f"{tag}{i}-", 2, log))
            log.append(f"inner {tag} done")
        outer.create_task(inner_group("p"))
        outer.create_task(inner_group("q"))
    print(log)


async def main():
    await basics()
    await member_cancelled()
    await parent_cancelled()
    await misuse()
    await nested()


asyncio.run(main())
