import asyncio

acc = 0
table = {"a": 0, "b": 0, "c": 0}
journal = []


class Shared:
    version = 0
    owners = []


def compute(seed, n):
    x = seed
    for k in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
    return x % 1000


async def actor(i):
    global acc
    for r in range(6):
        key = "abc"[(i + r) % 3]
        before = table[key]
        table[key] = before + i
        acc = acc * 3 % 1000003 + before
        mine = acc
        Shared.version += 1
        if r % 2 == 0:
            Shared.owners.append(i)
        v = compute(acc + i, 40 + i)
        journal.append((i, r, key, before, v))
        await asyncio.sleep(0)
    return mine


async def main():
    finals = await asyncio.gather(*[actor(i) for i in range(12)])
    print(finals)
    print(acc, table, Shared.version, len(Shared.owners), Shared.owners[:12])
    checksum = 0
    for i, r, key, before, v in journal:
        checksum = (checksum * 31 + i * 7 + r * 3 + before + v) % 1000000007
    print(len(journal), checksum)
    for entry in journal[:12]:
        print(entry)


asyncio.run(main())
