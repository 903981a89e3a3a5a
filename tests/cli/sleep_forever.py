# Prints "ready", then waits in the event loop until interrupted.
import asyncio


async def main():
    print("ready", flush=True)
    await asyncio.sleep(3600)


asyncio.run(main())
