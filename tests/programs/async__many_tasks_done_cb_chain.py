# 60 tasks, each started from the done callback of the previous one, interleaved with 10
# long-lived tasks printing between sleep(0)s: a task made in a callback starts one
# iteration after the callback runs.
import asyncio

out = []


async def short(i):
    out.append('s%d' % i)
    await asyncio.sleep(0)
    out.append('S%d' % i)
    return i


def chain(fut):
    i = fut.result()
    if i < 60:
        t = asyncio.get_running_loop().create_task(short(i + 1))
        t.add_done_callback(chain)


async def long(k):
    for r in range(25):
        out.append('L%d.%d' % (k, r))
        await asyncio.sleep(0)


async def main():
    longs = [asyncio.create_task(long(k)) for k in range(10)]
    first = asyncio.create_task(short(0))
    first.add_done_callback(chain)
    await asyncio.gather(*longs)
    while len([x for x in out if x.startswith('S')]) < 61:
        await asyncio.sleep(0)
    for k in range(0, len(out), 16):
        print(' '.join(out[k:k + 16]))


asyncio.run(main())
