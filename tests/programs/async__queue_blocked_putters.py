# Putters blocked on a full bounded queue resume in FIFO order as getters make room; the
# getter side sees items in the order the putters were admitted.
import asyncio

log = []


async def putter(q, name, items):
    for it in items:
        await q.put(it)
        log.append(name + '->' + str(it))


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls(maxsize=2)
        ps = [asyncio.create_task(putter(q, 'p' + str(i), [i * 10 + k for k in range(3)]))
              for i in range(4)]
        await asyncio.sleep(0)
        print(cls.__name__, str(q), q.full())
        got = []
        while len(got) < 12:
            got.append(await q.get())
            if len(got) % 3 == 0:
                await asyncio.sleep(0)
        await asyncio.gather(*ps)
        print(got)
        print(log)
        log.clear()


asyncio.run(main())
