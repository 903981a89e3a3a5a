import asyncio
import modlib.tasks as t


async def main():
    import modlib.counted
    names = await asyncio.gather(*[t.bump("task%d" % i, 3 + i % 2) for i in range(5)])
    print(names)
    print(t.counter, len(t.log), t.log[:6])
    modlib.counted.hits.append(t.counter)
    print(modlib.counted.hits)


asyncio.run(main())
