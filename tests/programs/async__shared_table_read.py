import asyncio

PRICES = {"apple": 3, "pear": 5, "plum": 7, "fig": 11, "kiwi": 13}
WEIGHTS = [1, 2, 3, 5, 8, 13, 21]
NAMES = list(PRICES)


class Rates:
    TAX = 0.25
    DISCOUNT = {"apple": 1, "fig": 2}
    LIMIT = 1000


def price_of(name, qty):
    base = PRICES[name] * qty
    base -= Rates.DISCOUNT.get(name, 0) * qty
    return base


async def order_total(order_id):
    total = 0
    for i in range(50):
        name = NAMES[(order_id + i) % len(NAMES)]
        qty = WEIGHTS[(order_id * i) % len(WEIGHTS)]
        total += price_of(name, qty)
        if i % 10 == 9:
            await asyncio.sleep(0)
    taxed = total * (1 + Rates.TAX)
    capped = min(taxed, Rates.LIMIT * (order_id + 1))
    return order_id, total, taxed, capped


async def main():
    results = await asyncio.gather(*[order_total(i) for i in range(12)])
    for r in results:
        print(r)
    print(sum(r[1] for r in results), max(results, key=lambda r: r[2])[0])


asyncio.run(main())
