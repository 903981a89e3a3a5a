# The awaitables an async generator's methods return: one __anext__() awaited twice raises
# RuntimeError, athrow with (type, value), asend of a non-None value to a fresh generator,
# __aiter__ is the generator itself; and Future/Task result()/exception() on pending ones.
import asyncio
async def agen():
    try:
        yield 1
        await asyncio.sleep(0)
        yield 2
    except ValueError as e:
        print('agen caught', e)
        yield 'recovered'
async def main():
    g = agen()
    print(g.__name__, g.__qualname__)
    print(await g.__anext__())
    a = g.__anext__()
    print(type(a).__name__)
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await g.athrow(ValueError('v')))
    try:
        await g.athrow(ValueError, ValueError('w'))
    except ValueError as e:
        print('raised', e)
    except DeprecationWarning:
        pass
    t = asyncio.get_running_loop().create_future()
    print(t.done())
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print('ISE', e)
    tk = asyncio.create_task(asyncio.sleep(1))
    for m in (tk.result, tk.exception):
        try:
            m()
        except asyncio.InvalidStateError as e:
            print('ISE', e)
    tk.cancel()
    await asyncio.sleep(0)
    ts = [asyncio.create_task(asyncio.sleep(0, i)) for i in range(2)]
    done, pend = await asyncio.wait([ts[0], ts[0], ts[1]])
    print(len(done), len(pend))
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    print(await f, await f)
    async def gen2():
        yield 1
    print([x async for x in gen2()], type(gen2()).__name__)
    ag = gen2()
    print(ag.__aiter__() is ag)
    try:
        await ag.asend(5)
    except TypeError as e:
        print('TypeError', e)
asyncio.run(main())
