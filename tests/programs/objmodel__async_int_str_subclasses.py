# Immutable built-in subclasses (int, str, tuple) as values and dict keys shared between tasks.
import asyncio


class Money(int):
    def __repr__(self):
        return f"${int(self)}"

    def __add__(self, other):
        return Money(int(self) + int(other))


class Sku(str):
    def normalized(self):
        return Sku(self.strip().upper())


class Pos(tuple):
    def __new__(cls, row, col):
        return super().__new__(cls, (row, col))

    def moved(self, dr, dc):
        return Pos(self[0] + dr, self[1] + dc)


inventory = {}
ledger = [Money(0)]
positions = {}


async def stock(sku, qty, price, where):
    key = Sku(sku).normalized()
    await asyncio.sleep(0)
    inventory[key] = inventory.get(key, 0) + qty
    ledger.append(ledger[-1] + Money(qty * price))
    pos = positions.get(key, Pos(0, 0)).moved(*where)
    await asyncio.sleep(0)
    positions[key] = pos


async def main():
    await asyncio.gather(
        stock(" ab1 ", 3, 10, (1, 0)),
        stock("cd2", 1, 99, (0, 1)),
        stock("AB1", 2, 10, (1, 1)),
        stock("cd2 ", 5, 99, (2, 0)),
        stock("ef3", 7, 1, (0, 0)),
    )
    print(sorted(inventory.items()), ledger, ledger[-1] + 1)
    print(sorted(positions.items()), inventory["AB1"], "CD2" in inventory)
    print([type(k).__name__ for k in sorted(inventory)], type(ledger[-1]).__name__)
    print(sum(ledger), max(ledger), sorted(positions.values()))


asyncio.run(main())
