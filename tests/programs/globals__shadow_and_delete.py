# Global reads must follow every change: a global shadowing a builtin appears and goes away,
# globals are deleted and redefined, and tasks rebind globals that other tasks read.
import asyncio


def measure(xs):
    return len(xs)


print(measure([1, 2, 3]))


def len(xs):
    return -1


print(measure([1, 2, 3]))
del len
print(measure([1, 2, 3]))

counter = 0


def bump():
    global counter
    counter += 1
    return counter


for _ in range(5):
    bump()
print("counter", counter)
del counter
try:
    bump()
except NameError as e:
    print("NameError:", e)
counter = 100
print(bump(), bump())

mode = "start"


async def reader(name):
    seen = []
    for _ in range(5):
        seen.append(mode)
        await asyncio.sleep(0)
    print(name, seen)


async def writer():
    global mode
    for m in ["a", "b", "c"]:
        mode = m
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(reader("r1"), writer(), reader("r2"))


asyncio.run(main())
