import asyncio


async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print('cancelled', name)
        raise
    finally:
        print('finally', name)


async def spinner():
    try:
        while True:
            await asyncio.sleep(0)
    finally:
        print('spinner finally')


async def main():
    asyncio.create_task(forever('f1'))
    asyncio.create_task(spinner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('main returns')
    return 'main result'


print(asyncio.run(main()))
