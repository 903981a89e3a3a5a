import asyncio

stock = {"a": 2, "b": 1, "c": 3}
outcomes = []


class OutOfStock(Exception):
    pass


async def buyer(i, item):
    for attempt in range(3):
        try:
            n = stock[item]
            if n == 0:
                raise OutOfStock(item + " sold out")
            stock[item] = n - 1
            if stock[item] == 0:
                stock.pop(item)
            outcomes.append((i, item, "bought", attempt))
        except KeyError as e:
            outcomes.append((i, item, "gone " + str(e), attempt))
        except OutOfStock as e:
            outcomes.append((i, item, str(e), attempt))
        await asyncio.sleep(0)
    return i


async def restocker():
    await asyncio.sleep(0)
    stock["b"] = 0
    await asyncio.sleep(0)
    stock["a"] = 1
    stock.update({"d": 5})


async def main():
    await asyncio.gather(buyer(0, "a"), buyer(1, "b"), restocker(), buyer(2, "a"), buyer(3, "c"), buyer(4, "b"))
    for o in outcomes:
        print(o)
    print(stock)


asyncio.run(main())
