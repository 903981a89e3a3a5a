import asyncio
import random

random.seed(2024)
log = []


async def player(name, rounds):
    total = 0
    for r in range(rounds):
        roll = random.randint(1, 6)
        total += roll
        log.append((name, r, roll))
        if random.random() < 0.3:
            log.append((name, r, "bonus", random.choice(["gem", "coin", "key"])))
        await asyncio.sleep(0)
    return name, total


async def main():
    results = await asyncio.gather(*(player("p%d" % i, 6 + i % 3) for i in range(8)))
    for name, total in results:
        print(name, total)
    for entry in log:
        print(*entry)
    print(random.random())


asyncio.run(main())
