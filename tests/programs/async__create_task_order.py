import asyncio

order = []


async def child(name, spawn):
    order.append(name + " start")
    subs = []
    for s in spawn:
        subs.append(asyncio.create_task(child(name + "." + s, [])))
    order.append(name + " spawned " + str(len(subs)))
    await asyncio.sleep(0)
    order.append(name + " resumed")
    for t in subs:
        await t
    order.append(name + " end")
    return name


async def main():
    a = asyncio.create_task(child("A", ["x", "y"]))
    b = asyncio.create_task(child("B", []))
    order.append("main created")
    c = asyncio.create_task(child("C", ["z"]))
    r = await b
    order.append("main got " + r)
    r = await a
    order.append("main got " + r)
    order.append("main got " + await c)
    r = await a
    order.append("main got again " + r)
    for line in order:
        print(line)


asyncio.run(main())
