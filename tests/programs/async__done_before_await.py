import asyncio


async def fast(x):
    print('fast', x)
    return x * 10


async def main():
    t = asyncio.create_task(fast(1))
    u = asyncio.create_task(fast(2))
    await asyncio.sleep(0)
    print('t done', t.done(), 'u done', u.done())
    print('await t', await t)
    print('await u', await u)
    print('await again', await t)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('pre')
    print('done future', await fut)
    fut.add_done_callback(lambda f: print('late callback', f.result()))
    print('after add_done_callback')
    await asyncio.sleep(0)
    print('end')


asyncio.run(main())
