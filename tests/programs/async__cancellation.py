import asyncio


async def victim(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('victim', name, 'got', repr(e))
        raise
    return 'never'


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn ignores cancel')
    await asyncio.sleep(0)
    return 'survived'


async def main():
    t = asyncio.create_task(victim('a'))
    await asyncio.sleep(0)
    print('cancel ->', t.cancel('stop now'))
    print('cancelled yet?', t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting cancelled task raised', repr(e))
    print('cancelled now?', t.cancelled(), 'cancel again ->', t.cancel())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print('stubborn result', await s, s.cancelled())

    # Cancel a task before it ever runs.
    u = asyncio.create_task(victim('b'))
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print('u cancelled before start', u.cancelled())

    # Cancelling gather cancels children.
    g = asyncio.gather(victim('c'), victim('d'))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())

    # A cancelled child inside gather with return_exceptions.
    v = asyncio.create_task(victim('e'))
    w = asyncio.create_task(victim('f'))
    await asyncio.sleep(0)
    v.cancel()
    w.cancel('msg')
    r = await asyncio.gather(v, w, return_exceptions=True)
    for x in r:
        print(repr(x))


asyncio.run(main())
