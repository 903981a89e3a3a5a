# Class attribute lookups must see every change to a class: rebinding, deleting, shadowing in
# a subclass, monkeypatching methods, and changes made by other tasks between steps.
import asyncio


class Base:
    kind = "base"

    def greet(self):
        return "hello from Base"


class Child(Base):
    pass


def show(tag, obj):
    print(tag, obj.kind, obj.greet(), getattr(Child, "extra", None))


c = Child()
for round_no in range(3):
    show("start", c)
    Base.kind = "base-%d" % round_no
    show("rebound", c)
    Child.kind = "child-%d" % round_no
    show("shadowed", c)
    del Child.kind
    show("unshadowed", c)
    Base.greet = lambda self, n=round_no: "patched %d" % n
    show("patched", c)
    Child.extra = round_no
    show("extra", c)
    del Child.extra


def original(self):
    return "restored"


Base.greet = original
show("restored", c)


class Counter:
    hits = 0


async def bump(name, n):
    for i in range(n):
        Counter.hits = Counter.hits + 1
        print(name, i, Counter.hits, Child().greet())
        await asyncio.sleep(0)


async def patcher():
    for i in range(3):
        Base.greet = lambda self, i=i: "task patch %d" % i
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(bump("a", 4), patcher(), bump("b", 4))
    print("hits", Counter.hits)


asyncio.run(main())
