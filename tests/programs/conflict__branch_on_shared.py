import asyncio

flag = False
budget = 10
path = []


async def flipper():
    global flag
    for r in range(4):
        flag = not flag
        path.append("flip " + str(flag))
        await asyncio.sleep(0)


async def walker(i):
    global budget
    steps = 0
    while steps < 5:
        if flag:
            path.append("w" + str(i) + " yields")
            await asyncio.sleep(0)
        else:
            if budget > 0:
                budget -= 1
                path.append("w" + str(i) + " spends, left " + str(budget))
            else:
                path.append("w" + str(i) + " broke")
                await asyncio.sleep(0)
        steps += 1
    return budget


async def main():
    res = await asyncio.gather(walker(0), flipper(), walker(1), walker(2))
    print(res)
    for p in path:
        print(p)
    print(flag, budget, len(path))


asyncio.run(main())
