# Tasks share a counter and a log guarded by asyncio.Lock / Semaphore through async with.
import asyncio

state = {"count": 0, "max_inside": 0, "inside": 0}
log = []


async def locked_worker(lock, name, rounds):
    for r in range(rounds):
        async with lock:
            state["inside"] += 1
            state["max_inside"] = max(state["max_inside"], state["inside"])
            v = state["count"]
            await asyncio.sleep(0)
            state["count"] = v + 1
            log.append(f"{name}{r}")
            state["inside"] -= 1
        await asyncio.sleep(0)


async def limited_worker(sem, name, results):
    async with sem:
        state["inside"] += 1
        state["max_inside"] = max(state["max_inside"], state["inside"])
        await asyncio.sleep(0)
        results.append((name, state["inside"]))
        state["inside"] -= 1


class Ledger:
    def __init__(self):
        self.entries = []
        self.open = 0

    async def __aenter__(self):
        self.open += 1
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.open -= 1
        if exc_type is ValueError:
            self.entries.append(f"rolled back: {exc}")
            return True
        return False


async def booker(ledger, name, amounts):
    for a in amounts:
        async with ledger as lg:
            if a < 0:
                raise ValueError(f"{name} negative {a}")
            lg.entries.append(f"{name}+{a}")
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(locked_worker(lock, n, 4) for n in "abc"))
    print("count", state["count"], "max inside", state["max_inside"])
    print(log)

    state["max_inside"] = 0
    sem = asyncio.Semaphore(2)
    results = []
    await asyncio.gather(*(limited_worker(sem, i, results) for i in range(6)))
    print("semaphore max inside", state["max_inside"], results)

    ledger = Ledger()
    await asyncio.gather(
        booker(ledger, "x", [1, 2, -3, 4]),
        booker(ledger, "y", [-1, 5]),
        booker(ledger, "z", [7, 8, 9]),
    )
    print("open", ledger.open)
    for e in ledger.entries:
        print(e)


asyncio.run(main())
