import asyncio

fired = []


async def timer(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    fired.append(name)
    print("fire", name)
    return name


async def chain(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        fired.append(name + "@" + str(d))
    return name


async def main():
    r = await asyncio.gather(timer("slow", 0.03), timer("fast", 0.01), timer("mid", 0.02))
    print(r, fired)
    r = await asyncio.gather(chain("twice", [0.01, 0.01]), timer("once", 0.08), chain("zero", [0, 0, 0.01]))
    print(r)
    print(fired)
    t = asyncio.create_task(timer("bg", 0.02))
    await asyncio.sleep(0.01)
    print("main woke before bg")
    await asyncio.sleep(0.03)
    print("main woke after bg", fired[-1])
    print(await t)


asyncio.run(main())
