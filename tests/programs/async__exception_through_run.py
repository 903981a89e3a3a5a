import asyncio


async def side(n):
    try:
        for i in range(n):
            print('side', i)
            await asyncio.sleep(0)
    finally:
        print('side finally')


async def main():
    asyncio.create_task(side(10))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('main raising')
    raise KeyError('boom')


try:
    asyncio.run(main())
except KeyError as e:
    print('run raised', repr(e))

asyncio.run(main())
print('not reached')
