import asyncio

state = 1
history_len = 0


def compute(seed, n):
    x = seed
    acc = 0
    for k in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        acc += x % 17
    return acc


async def actor(i, steps, n):
    global state, history_len
    mine = 0
    for s in range(steps):
        seen = state
        state = (seen * 31 + i + s) % 1000003
        history_len += 1
        mine = (mine + compute(seen + i, n)) % 1000003
        await asyncio.sleep(0)
    return mine


async def main():
    results = await asyncio.gather(*[actor(i, 8, 66000) for i in range(12)])
    print(state, history_len, sum(results) % 1000003, results[0])


asyncio.run(main())
