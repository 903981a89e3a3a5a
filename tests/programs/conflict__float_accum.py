import asyncio

total = 0.0
partials = []


async def add(i):
    global total
    for r in range(4):
        total += 0.1 * (i + 1) + 1e-9 * r
        partials.append(total)
        await asyncio.sleep(0)
        total = total * 1.0000001
    return total


async def main():
    finals = await asyncio.gather(*[add(i) for i in range(7)])
    print(finals)
    print(total, repr(total))
    print(partials[:7])
    print(partials[-3:])
    print(f"{total:.6f}", "%.3f" % total, sum(partials))


asyncio.run(main())
