# Tasks fail part-way through updates of shared state; the state they left and the order
# of the failures must be the sequential ones.
import asyncio


class Budget(Exception):
    def __init__(self, who, need, left):
        super().__init__("%s needs %d, %d left" % (who, need, left))
        self.who = who


pool = {"left": 20, "log": []}


async def spend(who, amounts):
    for amount in amounts:
        if amount > pool["left"]:
            raise Budget(who, amount, pool["left"])
        pool["left"] -= amount
        pool["log"].append((who, amount))
        await asyncio.sleep(0)
    return who + " done"


async def main():
    results = await asyncio.gather(
        spend("a", [3, 4, 5]),
        spend("b", [6, 6, 6]),
        spend("c", [1, 1, 1, 1]),
        return_exceptions=True,
    )
    for r in results:
        print(type(r).__name__, r)
    print(pool["left"], pool["log"])


asyncio.run(main())
