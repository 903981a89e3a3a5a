# async with inside async for inside async generators, with cancellation and errors.
import asyncio

trace = []


class Session:
    active = 0

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        Session.active += 1
        trace.append(f"open {self.name} (active {Session.active})")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, e, tb):
        Session.active -= 1
        trace.append(f"close {self.name} {et.__name__ if et else 'ok'}")
        return et is KeyError


async def pages(name, n):
    async with Session(name) as s:
        for i in range(n):
            await asyncio.sleep(0)
            if i == 3:
                raise KeyError(f"{s.name} page {i}")
            yield f"{s.name}:{i}"


async def crawl(name, n):
    got = []
    async with Session("crawler-" + name):
        async for p in pages(name, n):
            got.append(p)
    return got


async def slow(name):
    async with Session(name):
        await asyncio.sleep(10)


async def main():
    r = await asyncio.gather(crawl("x", 2), crawl("y", 5), return_exceptions=True)
    print(r)
    t = asyncio.create_task(slow("sleepy"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        trace.append("cancelled")
    for line in trace:
        print(line)
    print("active", Session.active)


asyncio.run(main())
