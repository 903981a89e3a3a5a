# Children whose timeouts share one deadline: the timers fire in the same iteration in the
# timer heap's order (not creation order), and which children end failed and which
# cancelled (by the group's abort, or the body's own timeout) follows from that order. The
# deadlines are far enough ahead that every timeout is armed before they pass, even on a
# loaded machine.
import asyncio


async def fail_at(when, exc, log):
    try:
        async with asyncio.timeout_at(when):
            await asyncio.sleep(10)
    except TimeoutError:
        log.append(f"timed out {exc!r}")
        raise exc
    except asyncio.CancelledError:
        log.append(f"cancelled {exc!r}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    log = []
    when = loop.time() + 0.3
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(5):
                tg.create_task(fail_at(when, ValueError(i), log))
    except ExceptionGroup as eg:
        print(repr(eg))
    print(log)

    log = []
    when = loop.time() + 0.3
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(fail_at(when, KeyError(i), log))
            tg.create_task(fail_at(when, TypeError("last"), log))
            async with asyncio.timeout_at(when):
                await asyncio.sleep(10)
            log.append("body not reached")
    except* KeyError as e:
        print("keys", e.exceptions)
    except* TypeError as e:
        print("types", e.exceptions)
    except* TimeoutError as e:
        print("body timeout", e.exceptions)
    print(log)

    # Zero-delay failures all run in the first iteration, before any abort reaches them.
    async def fail_now(exc):
        raise exc

    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(fail_now(IndexError(i)))
    except ExceptionGroup as eg:
        print(repr(eg))


asyncio.run(main())
