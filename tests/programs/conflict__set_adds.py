# Many tasks compute independently, then add to one shared set (a late conflict on the set),
# and some read it to decide what to do next.
import asyncio

found = set()
firsts = []


def work(n):
    acc = 0
    for k in range(2000):
        acc = (acc * 31 + n + k) % 1000003
    return acc % 97


async def searcher(n):
    for r in range(3):
        v = work(n * 7 + r)
        if v in found:
            firsts.append(("dup", n, r, v))
        else:
            found.add(v)
            firsts.append(("new", n, r, v, len(found)))
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(searcher(n) for n in range(16)))
    for f in firsts:
        print(f)
    print(len(found))
    print(found)
    frozen = frozenset(found)
    print(frozen == found, hash(frozen) == hash(frozenset(sorted(found))))


asyncio.run(main())
