# Tasks add value objects with user __eq__/__hash__ to a shared set and dict; equal objects
# made by different tasks collapse to one entry, and lookups by fresh equal objects work.
import asyncio


class Point:
    made = 0

    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.made += 1

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


seen = set()
owner = {}


async def visit(name, pts):
    fresh = 0
    for x, y in pts:
        p = Point(x, y)
        if p not in seen:
            seen.add(p)
            owner[p] = name
            fresh += 1
        await asyncio.sleep(0)
    return name, fresh


async def main():
    diag = [(i, i) for i in range(8)]
    row = [(i, 0) for i in range(8)]
    col = [(0, i) for i in range(8)]
    res = await asyncio.gather(visit("diag", diag), visit("row", row), visit("col", col))
    print(sum(f for _, f in res), len(seen), len(owner))
    print(sorted(seen, key=lambda p: (p.x, p.y))[:5])
    print(Point(0, 0) in seen, Point(3, 3) in owner, Point(3, 4) in seen, owner.get(Point(7, 0)) in ("row",))
    counts = {}
    for p, who in owner.items():
        counts[who] = counts.get(who, 0) + 1
    print(sum(counts.values()), Point.made)
    seen.discard(Point(0, 0))
    del owner[Point(0, 0)]
    print(len(seen), len(owner), Point(0, 0) in owner)
    print({Point(1, 1), Point(1, 1), Point(2, 2)} == {Point(2, 2), Point(1, 1)})


asyncio.run(main())
a = {Point(1, 1), Point(2, 2), Point(3, 3)}
b = [Point(2, 2), Point(4, 4)]
print(sorted(a.intersection(b), key=repr), sorted(a.difference(b), key=repr), len(a.union(b)))
print(sorted(a.symmetric_difference(b), key=repr), a.isdisjoint(b), a.issuperset([Point(1, 1)]))
print(a.issubset(b + list(a)), a - {Point(1, 1)} == {Point(2, 2), Point(3, 3)}, len(a | set(b)))
c = set(a)
c.difference_update([Point(1, 1)])
c.update([Point(2, 2), Point(5, 5)])
c.symmetric_difference_update({Point(3, 3), Point(6, 6)})
c &= {Point(2, 2), Point(5, 5), Point(6, 6), Point(9, 9)}
print(sorted(c, key=repr), frozenset(c) == c, {Point(2, 2)} <= c, c > {Point(5, 5)})
