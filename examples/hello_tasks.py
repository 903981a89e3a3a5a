"""Independent CPU-bound tasks gathered: they run in parallel under specloop."""
import asyncio


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


async def longest_chain(lo, hi):
    best = (0, 0)
    for n in range(lo, hi):
        s = collatz_steps(n)
        if s > best[0]:
            best = (s, n)
    return best


async def main():
    chunks = [(1 + k * 20000, 1 + (k + 1) * 20000) for k in range(8)]
    results = await asyncio.gather(*[longest_chain(lo, hi) for lo, hi in chunks])
    for (lo, hi), (steps, n) in zip(chunks, results):
        print(f"{lo:>6}..{hi:<6} longest chain: {n} ({steps} steps)")
    print("overall:", max(results))


asyncio.run(main())
