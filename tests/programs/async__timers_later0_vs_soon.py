# call_later(0) and call_later(negative) go through the timer heap: they run after every
# callback already in the ready queue, while call_soon runs in FIFO order; sleep(0) vs
# sleep(1e-9); TimerHandle.when() of each.
import asyncio

out = []


def cb(tag, *rest):
    out.append(tag + ''.join(str(r) for r in rest))


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 's1')
    h0 = loop.call_later(0, cb, 'L0')
    hn = loop.call_later(-5, cb, 'Lneg')
    loop.call_soon(cb, 's2', 'x', 3)
    loop.call_soon(loop.call_soon, cb, 's3-nested')
    loop.call_soon(loop.call_later, 0, cb, 'L0-nested')
    print(h0.when() <= loop.time(), hn.when() < h0.when())
    await asyncio.sleep(0)
    print(out)
    await asyncio.sleep(0)
    print(out)
    await asyncio.sleep(0)
    print(out)
    out.clear()

    async def sleeper(tag, d):
        await asyncio.sleep(d)
        out.append(tag)

    ts = [asyncio.create_task(sleeper('z' + str(i), 0)) for i in range(3)]
    ts += [asyncio.create_task(sleeper('t' + str(i), 1e-9)) for i in range(3)]
    loop.call_soon(cb, 'soon')
    loop.call_later(0, cb, 'later0')
    await asyncio.gather(*ts)
    print(out)


asyncio.run(main())
