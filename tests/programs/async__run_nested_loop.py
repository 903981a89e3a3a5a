# asyncio.run() called while a loop runs: RuntimeError, the coroutine given to it is never
# awaited (CPython warns on stderr), and the outer loop goes on.
import asyncio


async def inner():
    print("inner never runs")


async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await asyncio.sleep(0)
    print("outer goes on")
    return "main result"


print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
