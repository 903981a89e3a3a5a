import asyncio

order = []


async def tick(name, delay, rounds):
    for r in range(rounds):
        await asyncio.sleep(delay)
        order.append(name + str(r))
    return name


async def main():
    r = await asyncio.gather(tick("a", 0.01, 1), tick("b", 0.01, 1), tick("c", 0.01, 1), tick("d", 0.01, 1))
    print(r, order)
    r = await asyncio.gather(tick("p", 0.01, 3), tick("q", 0.01, 3), tick("r", 0.01, 3))
    print(r, order[4:])
    tasks = [asyncio.create_task(tick("t" + str(i), 0.02, 2)) for i in range(5)]
    for t in tasks:
        await t
    print(order[13:])
    print(len(order))


asyncio.run(main())
