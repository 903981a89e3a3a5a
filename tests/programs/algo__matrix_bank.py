def matmul(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mat_pow(m, e):
    result = identity(len(m))
    while e > 0:
        if e % 2 == 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e //= 2
    return result


fib_m = [[1, 1], [1, 0]]
print(mat_pow(fib_m, 10), mat_pow(fib_m, 200)[0][1])
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b), matmul(b, a))
f = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(f, f), mat_pow(f, 5))


class Account:
    rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: " + str(self.balance) + " < " + str(amount))
        self.balance -= amount
        self.log.append(("wd", amount))

    def add_interest(self):
        gained = self.balance * self.rate
        self.balance += gained
        return gained


class Savings(Account):
    rate = 0.05

    def __init__(self, owner, balance, limit):
        super().__init__(owner, balance)
        self.limit = limit

    def withdraw(self, amount):
        if amount > self.limit:
            raise ValueError("over limit " + str(self.limit))
        super().withdraw(amount)


accounts = [Account("ann", 100), Savings("bob", 1000, 50), Account("cy")]
ops = [(0, "deposit", 50), (1, "withdraw", 80), (2, "withdraw", 1), (1, "withdraw", 30), (0, "withdraw", 500), (2, "deposit", -5), (2, "deposit", 5)]
for idx, op, amount in ops:
    acct = accounts[idx]
    try:
        if op == "deposit":
            acct.deposit(amount)
        else:
            acct.withdraw(amount)
        print("ok", acct.owner, op, amount, acct.balance)
    except ValueError as e:
        print("fail", acct.owner, op, amount, str(e))
for acct in accounts:
    gained = acct.add_interest()
    print(acct.owner, type(acct).__name__, f"{gained:.2f}", f"{acct.balance:.2f}", acct.balance, acct.log)
