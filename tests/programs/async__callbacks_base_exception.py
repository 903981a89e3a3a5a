# A callback raising CancelledError (a BaseException) or another exception is logged by the
# loop and the loop goes on; the done callback of a cancelled future that calls result().
import asyncio

out = []


def boom():
    out.append('boom')
    raise asyncio.CancelledError('from callback')


def bad(fut):
    out.append('bad sees cancelled ' + str(fut.cancelled()))
    fut.result()


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(boom)
    loop.call_soon(out.append, 'after boom')
    f = loop.create_future()
    f.add_done_callback(bad)
    f.cancel()
    loop.call_later(0, lambda: 1 / 0)
    for _ in range(3):
        await asyncio.sleep(0)
    out.append('main still running')
    print(out)


asyncio.run(main())
print('exit normally')
