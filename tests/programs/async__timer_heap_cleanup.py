import asyncio


async def main():
    loop = asyncio.get_running_loop()
    base = loop.time() + 0.02
    handles = []
    for i in range(160):
        # Deadlines in three exactly-equal groups, interleaved.
        when = base + (i % 3) * 0.01
        handles.append(loop.call_at(when, print, 'timer', i, i % 3))
    # Cancel more than half: the next iteration re-heapifies the survivors
    # (CPython's _MIN_SCHEDULED_TIMER_HANDLES / fraction rule), which
    # changes the order in which equal deadlines come out.
    for i in range(160):
        if i % 5 != 0:
            handles[i].cancel()
    await asyncio.sleep(0.06)
    print('phase 2')
    # Fewer than 100 timers: cancelled ones are only dropped from the top.
    hs = []
    for i in range(20):
        hs.append(loop.call_at(base + 0.1, print, 'second', i))
    for i in range(0, 20, 3):
        hs[i].cancel()
    await asyncio.sleep(0.15)
    print('done')


asyncio.run(main())
