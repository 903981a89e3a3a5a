import asyncio

leader = None
votes = {}
round_winners = []


async def candidate(i):
    global leader
    await asyncio.sleep(0)
    if leader is None:
        leader = i
        print("candidate", i, "became leader")
    else:
        print("candidate", i, "sees leader", leader)
    for r in range(3):
        target = (leader + r + i) % 5
        votes[target] = votes.get(target, 0) + 1
        best = max(votes, key=lambda k: votes[k])
        if votes[best] >= 2 and len(round_winners) < 4:
            round_winners.append((r, best, i))
        await asyncio.sleep(0)
    return leader


async def usurper():
    global leader
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    old = leader
    leader = 100
    print("usurper replaced", old)


async def main():
    seen = await asyncio.gather(candidate(3), candidate(1), usurper(), candidate(4), candidate(0))
    print(seen)
    print(votes)
    print(round_winners)


asyncio.run(main())
