# A task fails and nobody retrieves its exception: asyncio reports it on stderr (specloop
# when asyncio.run ends; CPython when the task is freed), and the program exits 0.
import asyncio
async def boom():
    raise KeyError("lost")
async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("main done")
asyncio.run(main())
