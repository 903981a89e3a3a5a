# Tasks that build and drop objects across many loop iterations; memory must not grow with
# the number of rounds (argv[1]).
import asyncio
import sys

shared = {"n": 0}


async def worker(k, rounds):
    for i in range(rounds):
        items = [str(i * k + j) for j in range(20)]
        shared["n"] += len("".join(items)) % 7
        await asyncio.sleep(0)


async def main(rounds):
    await asyncio.gather(*(worker(k, rounds) for k in range(8)))
    print(shared["n"])


asyncio.run(main(int(sys.argv[1])))
