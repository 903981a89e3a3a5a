import asyncio
async def f(): pass
async def main():
    a = asyncio.create_task(f(), name='x')
    b = asyncio.create_task(f())
    print(b.get_name())
    t = asyncio.Task(f(), name=None)
    print(t.get_name())
asyncio.run(main())
try:
    asyncio.run(5)
except ValueError as e: print(e)
async def m2(): print(asyncio.current_task().get_name())
asyncio.run(m2())
