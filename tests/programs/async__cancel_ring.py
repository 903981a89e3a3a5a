# Tasks cancelling one another in the same loop iteration: each step's cancel() of a task
# whose step is already queued in that iteration, of one waiting on a future, of one already
# cancelled; the order of what the victims see is the sequential order.
import asyncio

log = []


async def member(i, tasks, fut, rounds):
    try:
        for r in range(rounds):
            await asyncio.sleep(0)
            if (i + r) % 3 == 0:
                victim = tasks[(i + 1) % len(tasks)]
                ok = victim.cancel("by %d" % i)
                log.append("r%d: %d cancels %d -> %s" % (r, i, (i + 1) % len(tasks), ok))
        log.append("%d waits on fut" % i)
        await fut
    except asyncio.CancelledError as e:
        log.append("%d cancelled %s" % (i, e.args))
        if i % 4 == 0:
            asyncio.current_task().uncancel()
            log.append("%d swallows it" % i)
            return "survivor %d" % i
        raise
    return "done %d" % i


async def main():
    fut = asyncio.get_running_loop().create_future()
    tasks = []
    for i in range(12):
        tasks.append(asyncio.create_task(member(i, tasks, fut, 3)))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    fut.set_result("go")
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print("\n".join(log))
    for r in res:
        print(type(r).__name__ if isinstance(r, BaseException) else r)


asyncio.run(main())
