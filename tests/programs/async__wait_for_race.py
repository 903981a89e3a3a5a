# wait_for timeouts racing completion: the inner finishing in the same iteration as the
# timeout, just before it, just after it; a zero timeout on a done and a pending awaitable;
# the outer task cancelled while wait_for waits.
import asyncio


async def finish_after(delay, value):
    await asyncio.sleep(delay)
    return value


async def finish_after_steps(n, value):
    for _ in range(n):
        await asyncio.sleep(0)
    return value


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("  stubborn cleans up for one step")
        await asyncio.sleep(0)
        raise


async def attempt(label, aw, timeout):
    try:
        r = await asyncio.wait_for(aw, timeout)
        print(label, "->", r)
    except TimeoutError:
        print(label, "-> TimeoutError")


async def main():
    await attempt("steps before timeout", finish_after_steps(2, "a"), 1)
    await attempt("long sleep", finish_after(0.2, "b"), 0.02)
    await attempt("same deadline", finish_after(0.03, "c"), 0.03)
    await attempt("timeout None", finish_after_steps(1, "d"), None)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("e")
    await attempt("zero timeout, done", fut, 0)
    await attempt("zero timeout, coroutine", finish_after_steps(0, "f"), 0)
    await attempt("negative timeout, pending", finish_after(0.01, "g"), -1)
    await attempt("stubborn", stubborn(), 0.01)

    inner = asyncio.create_task(finish_after(1, "h"))
    outer = asyncio.create_task(asyncio.wait_for(inner, 5))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled:", inner.cancelled())

    results = await asyncio.gather(
        asyncio.wait_for(finish_after(0.01, 1), 1),
        asyncio.wait_for(finish_after_steps(3, 2), 1),
        asyncio.wait_for(finish_after(0.1, 3), 0.02),
        return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in results])


asyncio.run(main())
