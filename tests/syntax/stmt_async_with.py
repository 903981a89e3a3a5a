import asyncio
class A:
    async def __aenter__(self): print('aenter'); return 7
    async def __aexit__(self, *a): print('aexit', a[0]); return False
async def main():
    async with A() as x: print('body', x)
asyncio.run(main())
