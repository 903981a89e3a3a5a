# Builds and drops objects in recursive functions and coroutines that never loop (a coroutine
# driven by coro.send(), as in pyperformance's coroutines), so the collector can only run at
# their returns. Run with the number of leaves as argv[1]; memory must not grow with it.
import sys


def walk(lo, hi):
    if hi - lo == 1:
        junk = [lo, {"leaf": str(lo)}, (lo, [lo])]
        return len(junk)
    mid = (lo + hi) // 2
    return walk(lo, mid) + walk(mid, hi)


async def awalk(lo, hi):
    if hi - lo == 1:
        junk = [lo, {"leaf": str(lo)}, (lo, [lo])]
        return len(junk)
    mid = (lo + hi) // 2
    return await awalk(lo, mid) + await awalk(mid, hi)


def main(leaves):
    coro = awalk(0, leaves)
    try:
        coro.send(None)
    except StopIteration as stop:
        print(walk(0, leaves), stop.value)


main(int(sys.argv[1]))
