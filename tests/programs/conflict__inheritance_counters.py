# Class attributes looked up through the MRO while tasks rebind them on base and subclasses.
import asyncio


class Base:
    rate = 1
    count = 0

    def charge(self, units):
        type(self).count += 1
        return units * self.rate


class Gold(Base):
    rate = 3


class Silver(Base):
    pass


async def customer(obj, units):
    for u in units:
        print(type(obj).__name__, u, obj.charge(u), Base.count, Gold.count, Silver.count)
        await asyncio.sleep(0)


async def repricer():
    for r in (2, 5):
        Base.rate = r
        print("base rate", r)
        await asyncio.sleep(0)
    del Gold.rate
    print("gold follows base")


async def main():
    await asyncio.gather(customer(Gold(), [1, 2, 3]), repricer(), customer(Silver(), [4, 5, 6]))
    print(Base.count, Gold.count, Silver.count, Gold.rate, Silver.rate)


asyncio.run(main())
