import asyncio


async def user(i):
    await asyncio.sleep(0)
    from modlib.sub import sibling
    import modlib.counted
    modlib.counted.hits.append(i)
    await asyncio.sleep(0)
    return sibling.Y + i


async def main():
    print(await asyncio.gather(*[user(i) for i in range(6)]))
    import modlib.counted
    print(sorted(modlib.counted.hits), modlib.counted.hits)


asyncio.run(main())
