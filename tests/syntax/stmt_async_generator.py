import asyncio
async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
async def main():
    async for v in agen(3): print(v)
asyncio.run(main())
