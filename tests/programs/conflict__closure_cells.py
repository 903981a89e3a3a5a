# Closures share cells with their defining function; tasks update the same nonlocal counters
# and lists through them.
import asyncio


def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("in", amount, balance))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("refused", amount, balance))
            return None
        balance -= amount
        history.append(("out", amount, balance))
        return balance

    return deposit, withdraw, lambda: (balance, list(history))


deposit, withdraw, state = make_account(10)


async def customer(name, moves):
    for amount in moves:
        result = deposit(amount) if amount > 0 else withdraw(-amount)
        print(name, amount, result)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(
        customer("ann", [5, -20, 7, -3]),
        customer("bob", [-12, 4, -1, 30]),
        customer("cy", [-2, -2, -2, -2]),
    )
    balance, history = state()
    print("balance", balance)
    for entry in history:
        print(*entry)


asyncio.run(main())
