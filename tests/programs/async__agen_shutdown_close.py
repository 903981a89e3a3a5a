# An async generator left suspended but still referenced (a global) when main() returns is
# closed by asyncio.run's shutdown_asyncgens, after the remaining tasks are cancelled: its
# finally (which awaits) runs then; exhausted generators are not touched.
import asyncio

log = []


async def numbers(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append(name + ' finally')
        await asyncio.sleep(0)
        log.append(name + ' finally after await')


async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        log.append('forever cancelled')


async def main():
    global kept, done
    asyncio.create_task(forever())
    kept = numbers('kept', 10)
    async for v in kept:
        if v == 2:
            break
    done = numbers('done', 2)
    print([v async for v in done])
    log.append('main end')
    print(log)


asyncio.run(main())
print(log)
