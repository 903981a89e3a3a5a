# Builds and drops objects in a loop: lists, dicts, instances, closures, strings, big ints.
# Run with the number of rounds as argv[1]; memory must not grow with it.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(i):
    p = Point(i, [i, i + 1])
    d = {"k": str(i), "p": p, "t": (i, p)}
    f = lambda: d["k"]
    return f() + str(2 ** 70 + i)


def main(rounds):
    total = 0
    for i in range(rounds):
        total += len(make(i))
    print(total)


main(int(sys.argv[1]))
