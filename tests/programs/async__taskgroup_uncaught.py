# A TaskGroup's ExceptionGroup nobody catches ends the run: exit status 1 and the boxed
# traceback on stderr.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.01 if n < 2 else 0.5)
    if n % 2:
        raise OSError(f"fetch {n} failed")
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n)) for n in range(4)]
    print([t.result() for t in tasks])


print("start")
asyncio.run(main())
