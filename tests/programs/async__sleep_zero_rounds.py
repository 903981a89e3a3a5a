import asyncio

trace = []


async def spinner(i, rounds):
    for r in range(rounds):
        trace.append((r, i))
        await asyncio.sleep(0)
    trace.append(("end", i))


async def main():
    await asyncio.gather(*[spinner(i, 1 + i % 4) for i in range(12)])
    line = []
    for item in trace:
        line.append(str(item[0]) + ":" + str(item[1]))
    print(" ".join(line))
    print(len(trace))
    trace.append("main")
    tasks = [asyncio.create_task(spinner(i, 2)) for i in range(3)]
    trace.append("main created")
    await asyncio.sleep(0)
    trace.append("main after 1")
    await asyncio.sleep(0)
    trace.append("main after 2")
    for t in tasks:
        await t
    print(trace[len(line):])


asyncio.run(main())
