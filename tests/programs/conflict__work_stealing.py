import asyncio

work = list(range(30))
done = {}
order = []


def cost(item):
    s = 0
    for k in range(item * 10):
        s += k % (item + 1)
    return s


async def worker(name):
    taken = []
    while work:
        item = work.pop()
        taken.append(item)
        order.append(name)
        done[item] = cost(item)
        if item % 4 == 0 and item < 12:
            work.insert(0, item + 100)
        await asyncio.sleep(0)
    return name, taken


async def main():
    results = await asyncio.gather(*[worker("w" + str(i)) for i in range(4)])
    for r in results:
        print(r)
    print("".join([o[1] for o in order]))
    print(len(done), sum(done.values()), sorted(done)[-4:], work)


asyncio.run(main())
