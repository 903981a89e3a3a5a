import asyncio


def make_worker(prefix, factor):
    async def worker(i):
        await asyncio.sleep(0)
        return prefix + str(i * factor)
    return worker


def make_accumulator(store):
    async def acc(key, value):
        store[key] = store.get(key, 0) + value
        await asyncio.sleep(0)
        return store[key]
    return acc


async def main():
    doubler = make_worker("d", 2)
    tripler = make_worker("t", 3)
    print(await asyncio.gather(*[doubler(i) for i in range(3)], *[tripler(i) for i in range(3)]))
    store = {}
    acc = make_accumulator(store)
    print(await asyncio.gather(acc("a", 1), acc("b", 2), acc("a", 3), acc("a", 5), acc("b", 8)))
    print(store)
    factories = [make_worker("w" + str(k), k) for k in range(4)]
    print(await asyncio.gather(*[f(10) for f in factories]))
    coro_fns = [lambda n=n: doubler(n * 100) for n in range(3)]
    print(await asyncio.gather(*[fn() for fn in coro_fns]))
    scale = 7
    mul = lambda v: v * scale
    tasks = [asyncio.create_task(make_worker("s", mul(i))(1)) for i in range(3)]
    print([await t for t in tasks])


asyncio.run(main())
