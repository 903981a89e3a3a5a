import asyncio
import random

random.seed(7)
shared = []


def busy(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
    return acc


async def worker(i):
    own = random.Random(i)
    for step in range(5):
        # Lots of private work first, then a late draw from the shared generator: the draws
        # conflict across parallel steps and must come out in the sequential order.
        h = busy(3000 + 500 * i)
        x = random.random()
        g = random.gauss(0, 1)
        deck = list(range(6))
        random.shuffle(deck)
        mine = own.randrange(100)
        shared.append((i, step, h, round(x, 12), round(g, 12), deck, mine))
        await asyncio.sleep(0)
    return random.getrandbits(20)


async def reseeder():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    random.seed(99)
    shared.append(("reseeded", random.sample(range(100), 3)))


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(6)]
    tasks.append(asyncio.create_task(reseeder()))
    done = await asyncio.gather(*tasks)
    print(done)
    for row in shared:
        print(row)


asyncio.run(main())
