# User __eq__/__hash__ objects as dict keys and set members: lookups by equal objects,
# dedup in displays and comprehensions, __hash__ = None when only __eq__ is defined.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

d = {Point(1, 2): "a", Point(3, 4): "b"}
d[Point(1, 2)] = "c"
print(d, d[Point(3, 4)], Point(3, 4) in d, Point(5, 5) in d, len(d), d.get(Point(1, 2)))
del d[Point(3, 4)]
print(d, d.pop(Point(1, 2)), d, d.setdefault(Point(0, 0), 9), d)
s = {Point(1, 1), Point(1, 1), Point(2, 2)}
print(sorted(s, key=lambda p: p.x), len(s), Point(2, 2) in s, hash(Point(1, 1)) == hash((1, 1)))
s.add(Point(2, 2)); s.add(Point(3, 3)); s.discard(Point(1, 1))
print(sorted(s, key=lambda p: p.x), len(set([Point(0, 0)] * 5)), {Point(i % 2, 0) for i in range(6)})
print({p: p.x for p in [Point(1, 0), Point(1, 0), Point(2, 0)]})
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash.__hash__)
class Id:
    pass
a = Id()
print({a: 1}[a], a in {a}, len({Id(), Id()}))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o
print({Key("a"): 1}.get(Key("a")), Key("a") in {Key("a")}, {Key(1): "x"}.get(Key(1)))
counts = {}
for w in "a b a c b a".split():
    k = Key(w)
    counts[k] = counts.get(k, 0) + 1
print(sorted((k.k, v) for k, v in counts.items()))
print({Point(1, 2), Point(2, 1), Point(0, 5), Point(7, 7)})
