# Several tasks pull from one shared generator: each next() resumes the same frame, so the
# order in which tasks get items must be the single-core order.
import asyncio


def numbers():
    total = 0
    for i in range(40):
        total += i
        yield i, total


source = numbers()


async def taker(name, count):
    got = []
    for _ in range(count):
        item = next(source, None)
        if item is None:
            break
        got.append(item)
        if item[0] % 3 == 0:
            await asyncio.sleep(0)
    print(name, got)
    return len(got)


async def main():
    counts = await asyncio.gather(*(taker("t%d" % k, 7 + k) for k in range(5)))
    print("counts", counts, "left", list(source))


asyncio.run(main())
