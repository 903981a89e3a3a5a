# Tasks build and drop many objects while sharing a few long-lived ones; the collector runs
# between loop iterations, and the shared objects must survive it intact.
import asyncio


class Item:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload


keep = {}


async def churn(name, rounds):
    total = 0
    for r in range(rounds):
        junk = [Item(i, [str(i)] * 3) for i in range(200)]
        total += sum(len(it.payload) for it in junk)
        if r % 10 == 0:
            keep[(name, r)] = Item(r, {"from": name, "round": r})
        await asyncio.sleep(0)
    return total


async def main():
    totals = await asyncio.gather(*(churn("t%d" % k, 30) for k in range(4)))
    print(totals)
    for key in sorted(keep):
        item = keep[key]
        print(key, item.key, item.payload["from"], item.payload["round"])


asyncio.run(main())
