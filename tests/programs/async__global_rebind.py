import asyncio

mode = "initial"
config = {"scale": 1}
generation = 0


async def setter():
    global mode, config, generation
    await asyncio.sleep(0)
    mode = "updated"
    config = {"scale": 10}
    generation += 1
    await asyncio.sleep(0)
    config["scale"] = 100
    generation += 1


async def reader(i):
    out = []
    for r in range(3):
        out.append((r, mode, config["scale"] * i, generation))
        await asyncio.sleep(0)
    print("reader", i, out)
    return out


async def late_reader():
    await asyncio.sleep(0.01)
    return mode, config, generation


async def main():
    await asyncio.gather(reader(1), setter(), reader(2), reader(3))
    print(await late_reader())


asyncio.run(main())
print(mode, config, generation)
