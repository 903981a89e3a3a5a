import asyncio


async def main():
    return 1


async def outer():
    asyncio.run(main())


asyncio.run(outer())
