import asyncio


async def main():
    print("before")
    await asyncio.sleep(0)
    z = complex(1, 2)
    print("this must not run", z)


asyncio.run(main())
