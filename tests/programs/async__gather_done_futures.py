# gather of futures that are already done (result, exception, cancelled) mixed with pending
# ones: when the outer future completes and in which order done callbacks run.
import asyncio

log = []


async def slow(v, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    log.append('slow ' + str(v))
    return v


async def main():
    loop = asyncio.get_running_loop()
    done1 = loop.create_future()
    done1.set_result('r1')
    done2 = loop.create_future()
    done2.set_exception(KeyError('k'))
    done3 = loop.create_future()
    done3.cancel('gone')
    g = asyncio.gather(done1, slow(2, 1), done2, done3, return_exceptions=True)
    g.add_done_callback(lambda f: log.append('outer cb'))
    log.append('gather made')
    res = await g
    print([repr(r) for r in res])
    print(log)
    log.clear()

    all_done = loop.create_future()
    all_done.set_result(5)
    g = asyncio.gather(all_done, all_done)
    log.append('done? ' + str(g.done()))
    loop.call_soon(log.append, 'soon')
    print(await g, log)
    log.clear()

    f = loop.create_future()
    f.set_exception(ValueError('first'))
    g = asyncio.gather(slow(1, 2), f)
    try:
        await g
    except ValueError as e:
        print('raised', e, log)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
