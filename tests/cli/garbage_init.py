# Builds and drops objects inside __init__ methods (one long-running, and nested instances
# created from __init__), reached by calling the class. Run with the number of rounds as
# argv[1]; memory must not grow with it.
import sys


class Churn:
    def __init__(self, rounds, *, label="churn"):
        self.label = label
        self.kept = 0
        for i in range(rounds):
            junk = [i, str(i), {"k": i}]
            self.kept += len(junk)
        self.parts = [Part(i) for i in range(rounds // 1000)]


class Part:
    def __init__(self, i):
        self.total = 0
        for j in range(100):
            self.total += len([i, j])


c = Churn(int(sys.argv[1]), label="main")
print(c.label, c.kept, len(c.parts), sum(p.total for p in c.parts))
