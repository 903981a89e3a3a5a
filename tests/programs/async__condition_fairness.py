# Condition: waiters are woken in the order they waited; notify(n) wakes n of them, each
# re-acquiring the lock in turn; wait_for re-checks its predicate after every wake-up; a
# waiter cancelled while waiting does not consume a notify.
import asyncio


async def waiter(cond, name, log):
    async with cond:
        log.append(name + " waits")
        await cond.wait()
        log.append(name + " woke")
        await asyncio.sleep(0)
        log.append(name + " leaves")


async def pred_waiter(cond, name, state, need, log):
    async with cond:
        checks = 0

        def ready():
            nonlocal checks
            checks += 1
            return state["n"] >= need

        await cond.wait_for(ready)
        log.append("%s ready at n=%d after %d checks" % (name, state["n"], checks))


async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(waiter(cond, "w%d" % i, log)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        log.append("notified 2")
    await asyncio.sleep(0)
    log.append("main after one step")
    async with cond:
        cond.notify(1)
        log.append("notified 1")
    for _ in range(4):
        await asyncio.sleep(0)
    tasks[4].cancel()
    async with cond:
        cond.notify(1)
        log.append("cancelled w4, notified 1")
    await asyncio.gather(*tasks[:4])
    print("\n".join(log))
    print("w4 cancelled:", tasks[4].cancelled())

    log.clear()
    state = {"n": 0}
    preds = [asyncio.create_task(pred_waiter(cond, "p%d" % need, state, need, log))
             for need in (3, 1, 2, 1)]
    await asyncio.sleep(0)
    for _ in range(3):
        async with cond:
            state["n"] += 1
            log.append("n=%d, notify_all" % state["n"])
            cond.notify_all()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    await asyncio.gather(*preds)
    print("\n".join(log))

    # Lock shared by two conditions.
    lock = asyncio.Lock()
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock)
    log.clear()
    t1 = asyncio.create_task(waiter(c1, "c1", log))
    t2 = asyncio.create_task(waiter(c2, "c2", log))
    await asyncio.sleep(0)
    async with lock:
        c2.notify()
        c1.notify()
        log.append("notified c2 then c1")
    await asyncio.gather(t1, t2)
    print("\n".join(log))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
