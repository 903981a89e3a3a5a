import asyncio
from dataclasses import dataclass, field, replace


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)


@dataclass(frozen=True)
class Transfer:
    src: str
    dst: str
    amount: int


accounts = {name: Account(name, 100) for name in ["ann", "bob", "cy"]}


async def mover(transfers):
    applied = []
    for t in transfers:
        a, b = accounts[t.src], accounts[t.dst]
        if a.balance >= t.amount:
            a.balance -= t.amount
            await asyncio.sleep(0)
            b.balance += t.amount
            a.history.append(-t.amount)
            b.history.append(t.amount)
            applied.append(t)
        else:
            applied.append(replace(t, amount=0))
    return applied


async def main():
    batches = [
        [Transfer("ann", "bob", 30), Transfer("bob", "cy", 50)],
        [Transfer("cy", "ann", 120), Transfer("ann", "cy", 10)],
        [Transfer("bob", "ann", 80), Transfer("cy", "bob", 5)],
    ]
    res = await asyncio.gather(*[mover(b) for b in batches])
    for r in res:
        print(r)
    for acc in accounts.values():
        print(acc)
    print(sum(a.balance for a in accounts.values()))


asyncio.run(main())
