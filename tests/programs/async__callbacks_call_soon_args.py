# call_soon ordering with positional args, Handle.cancel of a queued callback (also from
# another callback of the same iteration), cancelled() states, and call_soon from done
# callbacks running after the callbacks already queued.
import asyncio

out = []


def cb(*args):
    out.append(args)


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(cb, 1, 'one', None)
    h2 = loop.call_soon(cb, 2)
    h3 = loop.call_soon(cb)
    h4 = loop.call_soon(cb, 4, (4, 4))
    loop.call_soon(h4.cancel)  # runs after h4: too late
    h5 = loop.call_soon(cb, 5)
    loop.call_soon(h5.cancel)  # h5 comes before this: not too late? no, it already ran
    h6 = loop.call_soon(cb, 6)
    h2.cancel()
    print(h1.cancelled(), h2.cancelled())
    loop.call_soon(h6.cancel)
    await asyncio.sleep(0)
    print(out, h4.cancelled(), h6.cancelled())
    out.clear()

    h7 = loop.call_soon(cb, 7)
    h8 = loop.call_soon(cb, 8)
    loop.call_soon(cb, 9)
    h7.cancel()
    # a callback cancels one queued after it in the same iteration
    h_first = loop.call_soon(lambda: h_last.cancel())
    h_last = loop.call_soon(cb, 'last')
    await asyncio.sleep(0)
    print(out)
    out.clear()

    fut = loop.create_future()

    def done_cb(f):
        out.append(('done', f.result()))
        loop.call_soon(cb, 'from done cb')

    fut.add_done_callback(done_cb)
    loop.call_soon(cb, 'queued before result')
    fut.set_result('R')
    loop.call_soon(cb, 'queued after result')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(out)


asyncio.run(main())
