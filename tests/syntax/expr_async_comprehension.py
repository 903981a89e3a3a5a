import asyncio
async def agen():
    for i in range(4): yield i
async def main():
    print([x async for x in agen() if x % 2 == 0])
    print({x: x * x async for x in agen()})
asyncio.run(main())
