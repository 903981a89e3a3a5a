# Set algebra: operators, in-place forms, comparisons and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.union([9], (10,), {11: 0}), a.union())
print(a.intersection(b), a.intersection([4, 3, 99], range(4)), a.intersection())
print(a.difference(b), a.difference([1], {2}), a.difference())
print(a.symmetric_difference(b), a.symmetric_difference([1, 100]))
print(a == {4, 3, 2, 1}, a != b, a < a | b, a <= a, a < a, b > {5}, b >= b, a > b)
print({1} == frozenset({1}), frozenset({1, 2}) <= {1, 2, 3}, {1} == [1], {1} != (1,))
print(a.issubset(a | b), a.issubset([1, 2]), a.issuperset([1, 2]), a.issuperset(b))
print(a.isdisjoint({7, 8}), a.isdisjoint([4]), set().isdisjoint(set()))
c = set(a)
c |= b
print(c)
c &= {1, 5, 6, 42}
print(c)
c -= {5}
print(c)
c ^= {6, 7}
print(c)
d = c
d |= {100}
print(d is c, c)
c.update([8, 9], {10})
print(c)
c.intersection_update({1, 7, 8, 9, 10, 11}, [7, 8, 9, 10])
print(c)
c.difference_update([7], {8})
print(c)
c.symmetric_difference_update({9, 20})
print(c)
c.add(3)
c.add(3)
c.discard(99)
c.remove(3)
print(c, len(c))
c.clear()
print(c, len(c))
e = {1, 2}
e |= e
print(e)
e &= e
print(e)
e ^= e
print(e)
f = {5, 6}
f -= f
print(f)
g = {1, 2, 3}
g.update(g)
print(g, g.union(g), g.intersection(g), g.difference(g), g.symmetric_difference(g))
fs = frozenset([1, 2])
fs2 = fs
fs |= {3}
print(fs, fs2, fs is fs2, type(fs).__name__)
print(frozenset([3]) | {4}, {4} | frozenset([3]), frozenset([1, 2]) & {2}, frozenset([1]) - {1})
print(type(frozenset([3]) | {4}).__name__, type({4} | frozenset([3])).__name__)
print(frozenset([1, 2]).union([5]), type(frozenset().union()).__name__)
