# Tasks call a method and a module-level function that other tasks keep replacing mid-run
# (monkeypatching), and read a class constant and a global that are rebound now and then.
# Every call must use the binding the sequential loop would have at that step.
import asyncio


class Greeter:
    PREFIX = 'v0'

    def greet(self, who):
        return self.PREFIX + ':hello ' + who


def shout(s):
    return s.upper()


LEVEL = 0
log = []


def make_greet(tag):
    def greet(self, who):
        return self.PREFIX + ':' + tag + ' ' + who
    return greet


def make_shout(n):
    def shout(s):
        return s * n
    return shout


async def caller(name, g):
    for i in range(6):
        log.append((name, i, LEVEL, shout(g.greet(name))))
        await asyncio.sleep(0)


async def patcher():
    global shout, LEVEL
    for r in range(1, 5):
        await asyncio.sleep(0)
        Greeter.greet = make_greet('hi' + str(r))
        if r % 2 == 0:
            shout = make_shout(r)
            Greeter.PREFIX = 'v' + str(r)
        LEVEL += 1
        await asyncio.sleep(0)


async def main():
    g = Greeter()
    await asyncio.gather(caller('a', g), patcher(), caller('b', g), caller('c', g))
    for entry in log:
        print(entry)
    print(Greeter.greet(g, 'z'), shout('q'), LEVEL)


asyncio.run(main())
