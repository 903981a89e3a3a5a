# wait_for on an Event (the waiter is removed after the timeout), an inner future cancelled
# or failing from outside, a timeout block whose task is cancelled from outside before it
# expires, and nested timeouts where the inner one expires.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError as e:
        print('event timeout', repr(e), len(ev._waiters))
    f = loop.create_future()
    loop.call_soon(f.cancel, 'ext')
    try:
        await asyncio.wait_for(f, 1)
    except asyncio.CancelledError as e:
        print('inner cancelled externally', e.args)
    f = loop.create_future()
    loop.call_soon(f.set_exception, KeyError('k'))
    try:
        await asyncio.wait_for(f, 1)
    except KeyError as e:
        print('inner exception', e)
    # timeout block with a task that also gets cancelled from outside
    async def body():
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except asyncio.TimeoutError:
            return 'timeout'
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel()
    try:
        print(await t)
    except asyncio.CancelledError:
        print('body cancelled', t.cancelling() if not t.done() else t.cancelled())
    # nested timeouts: the inner expires first
    try:
        async with asyncio.timeout(1) as outer_cm:
            try:
                async with asyncio.timeout(0.01) as inner_cm:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner timeout', inner_cm.expired(), outer_cm.expired())
            await asyncio.sleep(0)
        print('outer ok', outer_cm.expired())
    except TimeoutError:
        print('outer timeout?')
asyncio.run(main())
