# TimerHandle.when() is the timer's deadline itself: call_at(h.when()) ties with the
# call_later timer h, and ties come out in heap order; when() of call_at is what was passed.
import asyncio

out = []


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(0.02, out.append, 'later')
    h2 = loop.call_at(h.when(), out.append, 'at-same')
    h3 = loop.call_at(h.when(), out.append, 'at-same-2')
    h4 = loop.call_later(0.01, out.append, 'earlier')
    print(h2.when() == h.when(), h4.when() < h.when(), type(h.when()).__name__)
    await asyncio.sleep(0.05)
    print(out)
    out.clear()
    # a chain: each callback schedules the next at the previous deadline
    def chain(k, when):
        out.append(k)
        if k < 5:
            loop.call_at(when, chain, k + 1, when)
            loop.call_soon(out.append, 's' + str(k))
    w = loop.time() + 0.01
    loop.call_at(w, chain, 0, w)
    loop.call_at(w, out.append, 'tie')
    await asyncio.sleep(0.05)
    print(out)
    far = loop.time() + 1e6
    h = loop.call_at(far, print)
    print(h.when() == far, loop.call_at(far - 1, print).cancel(), h.cancel(), h.cancelled())


asyncio.run(main())
