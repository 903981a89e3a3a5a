# Subclasses of set and frozenset: extra methods, operators returning base types, in-place
# operators keeping the subclass, hashing of frozenset subclasses, comparisons.


class Tags(set):
    def add_all(self, *tags):
        for t in tags:
            self.add(t.lower())
        return self

    def __repr__(self):
        return "Tags(" + ", ".join(sorted(self)) + ")"


t = Tags(["a"]).add_all("B", "c", "A")
print(t, len(t), "b" in t, isinstance(t, set), sorted(t | {"z"}), type(t | {"z"}).__name__)
t |= {"q"}
t -= {"a"}
print(t, type(t).__name__, t == {"b", "c", "q"}, t <= {"b", "c", "q", "x"}, t.issubset("bcqx"))
t.discard("b")
t.remove("c")
print(t, t.pop(), t, bool(t))


class Frozen(frozenset):
    def describe(self):
        return f"{len(self)} items"


f = Frozen([3, 1, 2])
g = frozenset([1, 2, 3])
print(f.describe(), sorted(f), f == g, hash(f) == hash(g), {f: "x"}[g], type(f & g).__name__)
print(sorted(f.union([9])), f.isdisjoint([7]), sorted({f, g}, key=len) == [f], len({f, g}))
