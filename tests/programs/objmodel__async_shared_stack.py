# Tasks sharing instances of list and dict subclasses: pushes, pops, __missing__ defaults and
# overridden __setitem__ all conflict under speculation and must commit in asyncio's order.
import asyncio


class Stack(list):
    def push(self, x):
        self.append(x)

    def top(self):
        return self[-1] if self else None


class Tally(dict):
    def __missing__(self, key):
        return 0

    def __setitem__(self, key, value):
        super().__setitem__(key, max(value, 0))


stack = Stack()
tally = Tally()
log = []


async def producer(name, n):
    for i in range(n):
        stack.push(f"{name}{i}")
        tally[name] = tally[name] + 1
        await asyncio.sleep(0)
    log.append(("producer done", name, len(stack)))


async def consumer(name, n):
    got = []
    for _ in range(n):
        while not stack:
            await asyncio.sleep(0)
        got.append(stack.pop())
        tally["consumed"] += 1
        tally[name] -= 1
        await asyncio.sleep(0)
    log.append(("consumer done", name, got))


async def main():
    await asyncio.gather(
        producer("a", 5), producer("b", 4), consumer("x", 4), consumer("y", 5)
    )
    for entry in log:
        print(entry)
    print(stack, stack.top(), dict(sorted(tally.items())), tally["never"], len(tally))
    print(isinstance(stack, list), type(stack).__name__, sum(tally.values()))


asyncio.run(main())
