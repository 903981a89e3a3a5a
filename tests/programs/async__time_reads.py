import asyncio
import time

order = []


async def ticker(name, n):
    for i in range(n):
        order.append((name, time.monotonic(), time.perf_counter()))
        await asyncio.sleep(0)


async def napper():
    loop = asyncio.get_running_loop()
    before = time.monotonic()
    time.sleep(0.01)  # blocking: only ever runs as the oldest step
    after = time.monotonic()
    order.append(("napper", after, time.perf_counter()))
    return after - before >= 0.01 - 1e-6, loop.time() >= 0


async def main():
    results = await asyncio.gather(napper(), *(ticker("t%d" % i, 5) for i in range(6)))
    print(results[0])
    stamps = [m for _, m, _ in order]
    perf = [p for _, _, p in order]
    # Clock reads are validated at commit: in step order they never go backwards.
    print(len(order), stamps == sorted(stamps), perf == sorted(perf))
    print([name for name, _, _ in order])


asyncio.run(main())
