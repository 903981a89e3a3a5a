# Sleeps for hours of loop time: under --clock virtual it finishes at once and every clock
# reading is exact.
import asyncio
import time


async def sleeper(name, hours):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(hours * 3600)
    print(name, loop.time() - start, time.monotonic())


async def main():
    await asyncio.gather(sleeper("a", 2), sleeper("b", 1), asyncio.wait_for(sleeper("c", 5), 3 * 3600 + 1))


try:
    asyncio.run(main())
except TimeoutError:
    print("timed out at", time.monotonic())
start = time.time()
time.sleep(86400)
print("slept a day:", time.time() - start)
