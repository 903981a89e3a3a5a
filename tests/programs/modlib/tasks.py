import asyncio

counter = 0
log = []


async def bump(name, n):
    global counter
    for i in range(n):
        counter += 1
        log.append((name, i))
        await asyncio.sleep(0)
    return name
