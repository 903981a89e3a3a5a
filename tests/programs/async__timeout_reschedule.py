# asyncio.timeout: when(), reschedule() later and earlier, to None and back, to a time already
# past (fires on the next iteration), expired(), repr of states, reschedule after exit, and
# the TimeoutError's __cause__/__context__.
import asyncio


def state(cm):
    r = repr(cm)
    if 'when=' in r:
        r = r[:r.index('when=')] + 'when=...>'
    return r


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(10)
    print(state(cm), cm.expired(), cm.when() > loop.time())
    async with cm as got:
        print(got is cm, state(cm))
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.005)
        print('still running', cm.expired())
        cm.reschedule(None)
        print(cm.when(), state(cm))
        await asyncio.sleep(0.03)
        print('no timeout with None')
    print(state(cm), cm.expired())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError', e)

    try:
        async with asyncio.timeout(None) as cm2:
            cm2.reschedule(loop.time() - 1)
            print('past deadline, not yet cancelled', cm2.expired())
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, type(e.__context__).__name__,
              e.__suppress_context__, cm2.expired(), state(cm2))

    try:
        async with asyncio.timeout(0) as cm3:
            print('entered with 0')
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout(0) expired', cm3.expired())

    async with asyncio.timeout(0.01) as cm4:
        cm4.reschedule(cm4.when() + 0.5)
        await asyncio.sleep(0.02)
    print('extended', cm4.expired())

    try:
        async with asyncio.timeout(0.5) as cm5:
            cm5.reschedule(loop.time() + 0.01)
            await asyncio.sleep(0.3)
    except TimeoutError:
        print('shortened', cm5.expired())

    at = asyncio.timeout_at(loop.time() + 0.01)
    try:
        async with at:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at', at.expired(), state(at))

    # an exception other than cancellation passes through an expiring timeout unchanged
    try:
        async with asyncio.timeout(0) as cm6:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise KeyError('mine')
    except KeyError as e:
        print('KeyError', e, cm6.expired())


asyncio.run(main())
