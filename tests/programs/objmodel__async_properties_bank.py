# Bank accounts with validating property setters, a read-only property and a deleter;
# tasks transfer money between shared accounts and some transfers are refused.
import asyncio


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"{self.owner} would go negative: {value}")
        self.history.append(value - self._balance)
        self._balance = value

    @balance.deleter
    def balance(self):
        self.history.append("closed")
        self._balance = 0

    @property
    def moves(self):
        return len(self.history)


accounts = {n: Account(n, 100) for n in ("ann", "bob", "cyd")}
refused = []


async def transfer(src, dst, amount, times):
    for _ in range(times):
        a, b = accounts[src], accounts[dst]
        try:
            a.balance -= amount
        except ValueError as e:
            refused.append(str(e))
            return
        await asyncio.sleep(0)
        b.balance += amount


async def main():
    await asyncio.gather(
        transfer("ann", "bob", 30, 5),
        transfer("bob", "cyd", 25, 6),
        transfer("cyd", "ann", 10, 4),
    )
    total = sum(a.balance for a in accounts.values())
    print(total, sorted((n, a.balance, a.moves) for n, a in accounts.items()))
    print(sorted(refused))
    try:
        accounts["ann"].moves = 3
    except AttributeError as e:
        print("AttributeError:", e)
    del accounts["cyd"].balance
    print(accounts["cyd"].balance, accounts["cyd"].history[-1])
    print(type(Account.balance).__name__, Account.balance.fget.__name__)


asyncio.run(main())
