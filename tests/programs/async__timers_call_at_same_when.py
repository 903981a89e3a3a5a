# call_at with exactly the same `when` from different callbacks, interleaved with earlier and
# later deadlines and with cancelled timers: ties come out in heapq's order, not FIFO.
import asyncio

out = []


def fire(tag):
    out.append(tag)


def schedule_more(loop, when, prefix, n):
    for i in range(n):
        loop.call_at(when, fire, prefix + str(i))


async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.25
    hs = []
    for i in range(7):
        hs.append(loop.call_at(when, fire, 'a' + str(i)))
    loop.call_soon(schedule_more, loop, when, 'b', 5)
    loop.call_later(0, schedule_more, loop, when, 'c', 4)
    loop.call_at(when - 0.2, schedule_more, loop, when, 'd', 3)
    hs[2].cancel()
    hs[5].cancel()
    print([h.when() == when for h in hs], hs[2].cancelled(), hs[3].cancelled())
    await asyncio.sleep(0.35)
    print(' '.join(out))
    out.clear()

    # 13 timers with three distinct deadlines pushed in a scrambled order
    base = loop.time() + 0.03
    for k in [2, 0, 1, 1, 2, 0, 0, 2, 1, 0, 2, 1, 0]:
        loop.call_at(base + k * 0.01, fire, 'k%d' % k + '#' + str(len(out)))
        out.append(None)
    out.clear()
    await asyncio.sleep(0.1)
    print(' '.join(out))


asyncio.run(main())
