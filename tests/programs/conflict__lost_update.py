import asyncio

shared = 0
log = []


async def bump(i):
    global shared
    for r in range(3):
        seen = shared
        await asyncio.sleep(0)
        shared = seen + i
        log.append((r, i, seen, shared))
    return shared


async def safe_bump(i):
    global shared
    for r in range(3):
        shared += i
        await asyncio.sleep(0)
    return shared


async def main():
    global shared
    finals = await asyncio.gather(*[bump(i) for i in range(1, 7)])
    print("lost-update finals", finals, "shared", shared)
    for entry in log:
        print(entry)
    shared = 0
    finals = await asyncio.gather(*[safe_bump(i) for i in range(1, 7)])
    print("atomic finals", finals, "shared", shared)


asyncio.run(main())
