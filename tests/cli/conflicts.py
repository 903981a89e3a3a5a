# Two tasks per iteration: the first writes `shared` after computing, the second reads it
# first. At --workers 2 the reader usually runs beside the writer and must re-run.
import asyncio

shared = 0


def spin(n):
    acc = 0
    for i in range(n):
        acc = (acc * 7 + i) % 1009
    return acc


async def writer(i):
    global shared
    v = spin(60000)
    shared = shared + v + i


async def reader(i):
    seen = shared
    return spin(20000) + seen


async def main():
    for i in range(20):
        results = await asyncio.gather(writer(i), reader(i))
    print(shared, results[1])


asyncio.run(main())
