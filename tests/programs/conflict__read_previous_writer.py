import asyncio

last = None
trail = []


def busy(i, r):
    x = 0
    for k in range(60 + i * 7):
        x = (x + k * (i + r)) % 10007
    return x


async def step(i, rounds):
    global last
    for r in range(rounds):
        prev = last
        last = (r, i)
        trail.append((r, i, prev, busy(i, r)))
        await asyncio.sleep(0)
    return prev


async def main():
    prevs = await asyncio.gather(*[step(i, 4) for i in range(10)])
    print(prevs)
    for t in trail:
        print(t)
    print(last, len(trail))


asyncio.run(main())
