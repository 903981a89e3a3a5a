# Timers cancelled before firing never run, even when cancelled from a callback of the same
# iteration; TimerHandle.cancelled(), when(), cancel twice; over 100 cancelled timers trigger
# the heap rebuild while equal deadlines remain.
import asyncio

out = []


def fire(tag):
    out.append(tag)


async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.02
    a = loop.call_at(when, fire, 'a')
    b = loop.call_at(when, fire, 'b')
    c = loop.call_at(when, b.cancel)
    d = loop.call_at(when, fire, 'd')
    # c runs after a only if heap order says so; b is cancelled by c if c runs first
    e = loop.call_later(0.01, fire, 'e')
    e.cancel()
    e.cancel()
    print(e.cancelled(), a.cancelled(), a.when() == when)
    await asyncio.sleep(0.05)
    print(out, b.cancelled())
    out.clear()

    when = loop.time() + 0.03
    hs = [loop.call_at(when + (i % 3) * 0.001, fire, i) for i in range(150)]
    for h in hs:
        if h._when if False else False:
            pass
    for i, h in enumerate(hs):
        if i % 4 != 1:
            h.cancel()
    loop.call_soon(fire, 'soon')
    await asyncio.sleep(0.06)
    print(out)


asyncio.run(main())
