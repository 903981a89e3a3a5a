import asyncio


class Account:
    total_moves = 0

    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.history = []

    async def deposit(self, amount):
        current = self.balance
        await asyncio.sleep(0)
        self.balance = current + amount
        self.history.append(amount)
        Account.total_moves += 1

    async def safe_deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        Account.total_moves += 1
        await asyncio.sleep(0)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, name, balance):
        acct = Account(name, balance)
        self.accounts[name] = acct
        return acct

    async def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        if a.balance < amount:
            return "refused " + src + "->" + dst
        a.balance -= amount
        await asyncio.sleep(0)
        b.balance += amount
        Account.total_moves += 1
        return "moved " + str(amount) + " " + src + "->" + dst

    def report(self):
        return [(n, a.balance) for n, a in self.accounts.items()]


async def main():
    bank = Bank()
    x = bank.open("x", 100)
    y = bank.open("y", 50)
    z = bank.open("z", 0)
    await asyncio.gather(*[x.deposit(v) for v in [1, 2, 3, 4]])
    print("racy deposits", x.balance, x.history)
    await asyncio.gather(*[y.safe_deposit(v) for v in [1, 2, 3, 4]])
    print("safe deposits", y.balance, y.history)
    results = await asyncio.gather(bank.transfer("x", "z", 60), bank.transfer("x", "z", 60), bank.transfer("y", "x", 60), bank.transfer("z", "y", 10))
    print(results)
    print(bank.report(), Account.total_moves, sum(b for n, b in bank.report()))


asyncio.run(main())
