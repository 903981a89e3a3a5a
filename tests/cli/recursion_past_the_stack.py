# The recursion limit raised far past what any thread's stack holds: the runtime still
# raises RecursionError (its stack guard) instead of overflowing the Rust stack.
import sys

sys.setrecursionlimit(10**8)


def forever(n):
    return forever(n + 1)


class Loop:
    def __repr__(self):
        return repr([self])


for what in (lambda: forever(0), lambda: repr(Loop())):
    try:
        what()
    except RecursionError as e:
        print("RecursionError:", e)
print("still running")
forever(0)
