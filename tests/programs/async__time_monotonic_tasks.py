# loop.time() read by many tasks between sleep(0)s never goes backwards in the order the
# steps run, and a timer never fires before its deadline.
import asyncio

reads = []


async def reader(i):
    loop = asyncio.get_running_loop()
    for _ in range(30):
        reads.append(loop.time())
        s = 0
        for k in range((i * 37) % 200):
            s += k
        await asyncio.sleep(0)


async def timed(d):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(d)
    return loop.time() - start >= d


async def main():
    await asyncio.gather(*[reader(i) for i in range(16)])
    bad = sum(1 for a, b in zip(reads, reads[1:]) if b < a)
    print(len(reads), 'backwards:', bad)
    print(await asyncio.gather(*[timed(0.001 * k) for k in range(1, 8)]))


asyncio.run(main())
