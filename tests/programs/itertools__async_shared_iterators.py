import asyncio
import itertools

ids = itertools.count(100)
colors = itertools.cycle(["red", "green", "blue"])
chunks = iter(itertools.islice(itertools.count(0, 3), 30))
made = []


async def maker(name, n):
    mine = []
    for _ in range(n):
        item = (next(ids), next(colors), name)
        mine.append(item)
        made.append(item)
        await asyncio.sleep(0)
    return mine


async def chunk_eater(name):
    got = []
    for c in chunks:
        got.append(c)
        if len(got) % 2 == 0:
            await asyncio.sleep(0)
    return name, got


async def main():
    res = await asyncio.gather(maker("m1", 4), maker("m2", 5), chunk_eater("e1"),
                               chunk_eater("e2"), maker("m3", 3))
    for r in res:
        print(r)
    print(next(ids), next(colors))
    by_color = {k: [i for i, _, _ in g] for k, g in
                itertools.groupby(sorted(made, key=lambda t: t[1]), key=lambda t: t[1])}
    print(by_color)
    print(list(itertools.accumulate(i for i, _, _ in made))[-3:])
    pairs = list(itertools.combinations(sorted(by_color), 2))
    print(pairs, list(itertools.product("ab", repeat=2)))
    print(list(itertools.permutations(range(3), 2)))


asyncio.run(main())
