# Async generators consumed by several tasks at once, each closing early with aclose() whose
# finally awaits; their finally blocks interleave with the other consumers' steps.
import asyncio

log = []


async def source(name):
    try:
        i = 0
        while True:
            yield name + str(i)
            i += 1
            await asyncio.sleep(0)
    finally:
        log.append('close ' + name)
        await asyncio.sleep(0)
        log.append('closed ' + name)


async def consumer(name, take):
    g = source(name)
    got = []
    async for v in g:
        got.append(v)
        if len(got) == take:
            break
    log.append('broke ' + name)
    await g.aclose()
    log.append('after aclose ' + name)
    return got


async def main():
    r = await asyncio.gather(*[consumer(n, k) for n, k in [('a', 3), ('b', 1), ('c', 2)]])
    print(r)
    for line in log:
        print(line)


asyncio.run(main())
