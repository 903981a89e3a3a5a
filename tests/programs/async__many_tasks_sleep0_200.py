# 200 tasks each printing between sleep(0)s; every 50th task spawns a new task mid-round,
# so the newcomers' first steps land after the current iteration's ready queue.
import asyncio

log = []


async def worker(i, rounds):
    for r in range(rounds):
        log.append((i, r))
        if i % 50 == 0 and r == 1:
            asyncio.get_running_loop().create_task(worker(1000 + i, 2))
        await asyncio.sleep(0)


async def main():
    tasks = [asyncio.create_task(worker(i, 3)) for i in range(200)]
    await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    # compress: print runs of consecutive workers per round
    line = []
    for i, r in log:
        line.append('%d.%d' % (i, r))
    for k in range(0, len(line), 20):
        print(' '.join(line[k:k + 20]))
    print(len(log))


asyncio.run(main())
