# Slotted account objects with validating property setters, shared and mutated by several
# tasks; failures raise chained exceptions that the tasks catch.
import asyncio


class InsufficientFunds(Exception):
    pass


class Account:
    __slots__ = ("owner", "_balance", "history")

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
        self.history.append(value)
        self._balance = value

    @balance.deleter
    def balance(self):
        self.history.append("closed")
        self._balance = 0


accounts = {name: Account(name, 100) for name in ("ann", "bob", "cy")}
failures = []


async def transfer(src, dst, amount, delay):
    for _ in range(delay):
        await asyncio.sleep(0)
    a, b = accounts[src], accounts[dst]
    try:
        try:
            a.balance -= amount
        except ValueError as e:
            raise InsufficientFunds(f"{src}->{dst} {amount}") from e
        await asyncio.sleep(0)
        b.balance += amount
    except InsufficientFunds as e:
        failures.append((str(e), str(e.__cause__)))


async def main():
    jobs = [
        transfer("ann", "bob", 30, 0),
        transfer("bob", "cy", 120, 1),
        transfer("cy", "ann", 50, 0),
        transfer("ann", "cy", 90, 2),
        transfer("bob", "ann", 10, 1),
        transfer("cy", "bob", 200, 2),
    ]
    await asyncio.gather(*jobs)
    for name, acct in accounts.items():
        print(name, acct.balance, acct.history)
    for f in failures:
        print("failed:", f)
    del accounts["cy"].balance
    print(accounts["cy"].balance, accounts["cy"].history[-1], sum(a.balance for a in accounts.values()))
    try:
        accounts["ann"].nickname = "A"
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
