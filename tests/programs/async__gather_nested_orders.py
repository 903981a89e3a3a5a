# Nested gathers: the order children start, finish, and the order of the outer results and
# done callbacks; a coroutine passed twice to gather runs once.
import asyncio

log = []


async def leaf(name, hops):
    log.append('start ' + name)
    for _ in range(hops):
        await asyncio.sleep(0)
    log.append('end ' + name)
    return name


async def inner(prefix, n):
    r = await asyncio.gather(*[leaf(prefix + str(i), n - i) for i in range(n)])
    log.append('inner done ' + prefix)
    return r


async def main():
    g1 = asyncio.gather(inner('a', 3), inner('b', 2))
    g2 = asyncio.gather(leaf('c', 1), inner('d', 1))
    g1.add_done_callback(lambda f: log.append('cb g1'))
    g2.add_done_callback(lambda f: log.append('cb g2'))
    outer = await asyncio.gather(g1, g2, leaf('e', 0))
    print(outer)
    for line in log:
        print(line)
    log.clear()
    c = leaf('dup', 1)
    print(await asyncio.gather(c, c, leaf('x', 0), c))
    print(log)


asyncio.run(main())
