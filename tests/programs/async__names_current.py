import asyncio


async def who(tag):
    t = asyncio.current_task()
    print(tag, t.get_name())
    await asyncio.sleep(0)
    print(tag, 'again', asyncio.current_task() is t)
    return t.get_name()


async def main():
    me = asyncio.current_task()
    print('main is', me.get_name())
    a = asyncio.create_task(who('a'))
    b = asyncio.create_task(who('b'), name='custom')
    a.set_name('renamed')
    print(await asyncio.gather(a, b, who('c')))
    print(me.done(), a.done())


asyncio.run(main())
asyncio.run(main())
