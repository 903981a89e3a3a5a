# CPython iterates sets in hash-table order: this program checks that order for ints
# (negative, large, colliding), after removals, growth, pop, and bulk operations.
print({5, 3, 8, 1, 0})
print({-1, -2, -3, 8, 16, 0})
print({1 << 61, (1 << 61) - 1, 2**64, -(2**64), -1, -2})
print({8, 16, 24, 32, 0, 40})
s = set()
for i in [100, 7, 64, 3, -5, 15, 1000, 8, 72, -9]:
    s.add(i)
    print(s)
for i in [7, 64, -5]:
    s.discard(i)
print(s)
s.add(71)
s.add(-5)
print(s)
big = set(range(50))
for i in range(0, 50, 3):
    big.remove(i)
print(big)
print(set(reversed(range(30))))
grow = set()
for i in range(0, 400, 37):
    grow.add(i)
print(grow)
p = {11, 22, 33, 44, 55}
print(p.pop(), p.pop(), p)
p.add(11)
print(p.pop(), p)
q = set(range(20))
q -= set(range(0, 20, 2))
print(q)
r = set(range(100, 140))
r &= {101, 139, 120, 5}
print(r)
u = {1, 2, 3}
u |= {9, 17, 25}
print(u, u.copy(), set(u))
print({9, 1, 17} ^ {1, 33, 2})
print({x % 13 for x in range(0, 1000, 7)})
print({-x for x in range(12)})
print(frozenset({(1, 2), (2, 1), (0, 0)}) == {(0, 0), (1, 2), (2, 1)})
print({2.5, 0.5, -7.25, 3.0, 1e20})
print({(1, 2), (3, 4), (5, 6), (-1, -1)})
print({frozenset({1}), frozenset({2, 3}), frozenset()})
