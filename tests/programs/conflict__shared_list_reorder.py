import asyncio

items = [5, 3, 9]
views = []


async def appender(i):
    for r in range(3):
        items.append(i * 10 + r)
        await asyncio.sleep(0)


async def sorter():
    for r in range(3):
        await asyncio.sleep(0)
        items.sort(reverse=(r % 2 == 1))
        views.append(("sorted", list(items)))


async def reader(i):
    for r in range(4):
        views.append(("reader" + str(i), items[0], items[-1], len(items), sum(items)))
        await asyncio.sleep(0)


async def popper():
    popped = []
    for r in range(3):
        await asyncio.sleep(0)
        popped.append(items.pop(0))
        items.insert(1, -r)
    return popped


async def main():
    res = await asyncio.gather(appender(1), reader(0), sorter(), appender(2), popper(), reader(1))
    print(res)
    for v in views:
        print(v)
    print(items)
    items.reverse()
    print(items, items.index(-2), items.count(20))


asyncio.run(main())
