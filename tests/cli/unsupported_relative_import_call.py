import asyncio


async def main():
    print("before")
    await asyncio.sleep(0)
    m = __import__("sibling", globals(), None, (), 1)
    print("this must not run", m)


asyncio.run(main())
