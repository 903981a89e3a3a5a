# Deterministic reprs of loop handles: call_soon with built-in functions and methods, bound
# methods of user classes, functools.partial (its arguments before the call's), long
# arguments shortened by reprlib, cancelled handles (callback dropped), TimerHandle with a
# fixed call_at deadline; TimerHandle ordering and equality.
import asyncio
import functools


class Robot:
    def beep(self, n):
        print('beep', n)

    @classmethod
    def build(cls, name):
        print('build', name)


async def main():
    loop = asyncio.get_running_loop()
    out = []
    hs = [
        loop.call_soon(print, 'x', 1),
        loop.call_soon(out.append, list(range(20))),
        loop.call_soon(Robot().beep, 3),
        loop.call_soon(Robot.build, 'r2'),
        loop.call_soon(functools.partial(print, 'p', sep='-'), 'q'),
        loop.call_soon(dict.fromkeys, 'ab'),
        loop.call_soon(len, 'y' * 100),
        loop.call_soon(print),
    ]
    for h in hs:
        print(repr(h))
    hs[1].cancel()
    hs[1].cancel()
    print(repr(hs[1]), hs[1].cancelled())
    await asyncio.sleep(0)
    print(out)
    t1 = loop.call_at(1e9, print, 'never')
    t2 = loop.call_at(2e9, out.append, 'never')
    t3 = loop.call_at(1e9, print, 'never')
    print(repr(t1), repr(t2))
    print(t1 < t2, t2 > t1, t1 <= t3, t1 >= t3, t1 == t3, t1 != t2, t1 == t1)
    print([h.when() for h in sorted([t2, t3, t1])] == [1e9, 1e9, 2e9])
    t1.cancel()
    print(repr(t1), t1 == t3)
    t2.cancel()
    t3.cancel()


asyncio.run(main())
