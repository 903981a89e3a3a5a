# as_completed: a generator; duplicates counted once; a bare future is rejected only when
# iterated; results come in completion order even when awaited late; an exception; empty.
import asyncio
async def hop(v, n):
    for _ in range(n):
        await asyncio.sleep(0)
    return v
async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(hop('a', 2))
    t2 = asyncio.create_task(hop('b', 1))
    it = asyncio.as_completed([t1, t2, t1])
    print(type(it).__name__)
    res = []
    for f in it:
        res.append(await f)
    print(res)
    try:
        asyncio.as_completed(t1)
    except TypeError as e:
        print('TypeError', e)
    else:
        print('no error at call')
    try:
        for f in asyncio.as_completed(t1):
            pass
    except TypeError as e:
        print('TypeError', e)
    # results delivered in completion order even if awaited later
    ts = [asyncio.create_task(hop(i, 3 - i)) for i in range(3)]
    fs = list(asyncio.as_completed(ts))
    await asyncio.sleep(0); await asyncio.sleep(0); await asyncio.sleep(0); await asyncio.sleep(0)
    print([await f for f in fs])
    # an exception in a future
    async def boom():
        await asyncio.sleep(0)
        raise KeyError('x')
    for f in asyncio.as_completed([asyncio.create_task(boom()), asyncio.create_task(hop('z', 2))]):
        try:
            print(await f)
        except KeyError as e:
            print('KeyError', e)
    print(list(asyncio.as_completed([])))
asyncio.run(main())
