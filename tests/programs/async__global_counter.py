import asyncio

counter = 0
seen = []


def crunch(n):
    s = 0
    for k in range(n):
        s += k * k % 7
    return s


async def job(i):
    global counter
    s = crunch(200 + i * 37)
    counter += 1
    seen.append((i, counter))
    return s


async def job_after_sleep(i):
    global counter
    await asyncio.sleep(0)
    s = crunch(100 + i)
    counter += 10
    seen.append((i, counter))
    await asyncio.sleep(0)
    counter += 100
    return s


async def main():
    r = await asyncio.gather(*[job(i) for i in range(10)])
    print(r)
    print(counter, seen)
    r2 = await asyncio.gather(*[job_after_sleep(i) for i in range(6)])
    print(r2)
    print(counter, seen[10:])


asyncio.run(main())
print("final", counter)
