# Each task spawns its successor before and after its own sleep(0), for a growing tree; the
# order of first steps exposes where new tasks join the ready queue.
import asyncio

order = []
count = 0


async def node(path, depth):
    global count
    count += 1
    order.append(path)
    if depth < 4:
        asyncio.create_task(node(path + 'a', depth + 1))
    await asyncio.sleep(0)
    order.append(path + '!')
    if depth < 3:
        asyncio.create_task(node(path + 'b', depth + 1))
    await asyncio.sleep(0)


async def main():
    asyncio.create_task(node('r', 0))
    for _ in range(20):
        await asyncio.sleep(0)
    print(count)
    for k in range(0, len(order), 12):
        print(' '.join(order[k:k + 12]))


asyncio.run(main())
