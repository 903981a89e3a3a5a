# sys.getrecursionlimit / setrecursionlimit: deep recursion once the limit is raised, the
# errors for bad limits, RecursionError caught and recovered from, and natively nested
# values (repr of deeply nested lists) hitting the same limit.
import sys

print(sys.getrecursionlimit())


def depth_probe(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            return str(e)
        return "no error"
    return depth_probe(n - 1)


print(depth_probe(10))
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(e)
for bad in (0, -5, "x", 2.5, 10**30):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


def total(n):
    return 0 if n == 0 else n + total(n - 1)


try:
    total(5000)
except RecursionError as e:
    print("at the default limit:", e)

sys.setrecursionlimit(20000)
print(sys.getrecursionlimit())
print(total(15000))


def walk(tree):
    return 1 + sum(walk(t) for t in tree)


deep = []
for _ in range(3000):
    deep = [deep]
print(walk(deep))

sys.setrecursionlimit(1000)
nested = []
for _ in range(5000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print(e)
d = {}
for _ in range(5000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print(e)


def forever(n):
    return forever(n + 1)


for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)
print(total(900))
