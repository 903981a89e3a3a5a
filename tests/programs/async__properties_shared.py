import asyncio


class Account:
    fee = 1
    opened = 0

    def __init__(self, owner):
        self.owner = owner
        self._balance = 0
        Account.opened += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self._balance = value - Account.fee

    @classmethod
    def count(cls):
        return cls.opened


async def client(acct, n):
    for i in range(n):
        acct.balance = acct.balance + 10
        await asyncio.sleep(0)
        if i == 1 and acct.owner == "b":
            Account.fee = 2
    return acct.owner, acct.balance


async def main():
    accounts = [Account(name) for name in "abcd"]
    shared = Account("shared")
    results = await asyncio.gather(*[client(a, 3) for a in accounts], client(shared, 2), client(shared, 2))
    print(results, Account.count(), Account.fee)


asyncio.run(main())
