# Many tasks sleep for an identical delay at once, then again in rounds; wake-up order is the
# order the timers were scheduled (their deadlines increase with the clock).
import asyncio

out = []


async def s(i, d, rounds):
    for r in range(rounds):
        await asyncio.sleep(d)
        out.append('%d/%d' % (i, r))


async def main():
    await asyncio.gather(*[s(i, 0.02, 3) for i in range(40)])
    for k in range(0, len(out), 20):
        print(' '.join(out[k:k + 20]))
    out.clear()
    # cancelled sleepers do not disturb the others
    ts = [asyncio.create_task(s(i, 0.03, 1)) for i in range(10)]
    await asyncio.sleep(0)
    for t in ts[::3]:
        t.cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(out, [t.cancelled() for t in ts])


asyncio.run(main())
