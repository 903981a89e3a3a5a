# Async comprehensions over async generators (list, set, dict, generator expression), with
# conditions, awaits in the element, nesting, and interleaving with another task.
import asyncio

log = []


async def agen(n, tag):
    for i in range(n):
        log.append(tag + str(i))
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def other():
    for i in range(6):
        log.append('o' + str(i))
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    a = [x async for x in agen(4, 'a') if x % 2 == 0]
    b = {x % 3 async for x in agen(5, 'b')}
    c = {x: await double(x) async for x in agen(3, 'c')}
    d = [await double(x) for x in range(3)]
    e = [[y async for y in agen(x, 'n')] async for x in agen(3, 'm')]
    g = (x * 10 async for x in agen(3, 'g'))
    f = [v async for v in g]
    await t
    print(a, sorted(b), c, d, e, f)
    print(' '.join(log))


asyncio.run(main())
