# Sleepers whose timers fire in the same iteration as their cancellation: whichever runs first
# in that iteration decides; cancelled sleepers never see their result; sleep(d, result).
import asyncio

log = []


async def sleeper(name, d):
    try:
        r = await asyncio.sleep(d, name + '-result')
        log.append(r)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')


async def main():
    loop = asyncio.get_running_loop()
    ts = {n: asyncio.create_task(sleeper(n, 0.02)) for n in 'abcd'}
    await asyncio.sleep(0)
    when = loop.time() + 0.02
    # cancel b and d from a timer due at about the same time as the sleeps
    loop.call_at(when + 0.05, ts['d'].cancel)
    loop.call_at(when - 0.015, ts['b'].cancel)
    await asyncio.gather(*ts.values())
    print(log)
    log.clear()
    t = asyncio.create_task(sleeper('e', 0))
    t.cancel()
    u = asyncio.create_task(sleeper('f', 0))
    await asyncio.sleep(0)
    u.cancel()
    await asyncio.gather(t, u, return_exceptions=True)
    print(log, t.cancelled(), u.cancelled())


asyncio.run(main())
