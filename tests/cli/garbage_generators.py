# Builds and drops objects inside generators driven by `for` and by list()/tuple()/set(),
# the way pyperformance's nqueens does. Run with the number of rounds as argv[1]; memory
# must not grow with it.
import sys


def pieces(n):
    for i in range(n):
        junk = [str(i), {"i": i}, (i, [i])]
        yield len(junk) + i


def rows(rounds):
    for r in range(rounds):
        yield sum(set(x % 7 for x in pieces(20)))


def main(rounds):
    print(len(list(rows(rounds))), sum(tuple(pieces(rounds))))


main(int(sys.argv[1]))
