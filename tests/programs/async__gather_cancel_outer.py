# Cancelling a gather: every pending child is cancelled (with the message), done children
# keep their results, and the awaiting task sees CancelledError; cancel() on a done gather.
import asyncio

log = []


async def child(name, hops):
    try:
        for _ in range(hops):
            await asyncio.sleep(0)
        log.append('done ' + name)
        return name
    except asyncio.CancelledError as e:
        log.append('cancelled ' + name + ' ' + repr(e.args))
        raise


async def awaiter(g):
    try:
        return await g
    except asyncio.CancelledError as e:
        log.append('awaiter cancelled ' + repr(e.args))
        return 'caught'


async def main():
    kids = [asyncio.create_task(child(n, h)) for n, h in [('a', 0), ('b', 3), ('c', 5)]]
    g = asyncio.gather(*kids)
    w = asyncio.create_task(awaiter(g))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('cancel ->', g.cancel('stop it'))
    print('cancel again ->', g.cancel())
    print(await w)
    print([k.cancelled() for k in kids], kids[0].result())
    print(log)
    print(g.cancelled(), g.done())
    log.clear()

    g2 = asyncio.gather(child('d', 0), child('e', 0))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('done gather cancel ->', g2.done(), g2.cancel(), await g2)

    # cancelling the task awaiting a gather cancels the gather's children
    g3 = asyncio.gather(child('f', 4), child('g', 1))
    w3 = asyncio.create_task(awaiter(g3))
    await asyncio.sleep(0)
    w3.cancel('outer task')
    print(await w3)
    print(log)


asyncio.run(main())
