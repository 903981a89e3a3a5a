# dict subclasses: __missing__, overridden __setitem__/__getitem__ (and which dict methods
# bypass them), views, copy and fromkeys returning the subclass, equality and repr.


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key, n=1):
        self[key] += n
        return self


c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(sorted(c.items()), c["zebra"], "zebra" in c, len(c))
print(c.get("zebra"), c.get("the"), c.setdefault("dog", 5), c["dog"])


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.upper())


u = Upper()
u["a"] = 1
u["b"] = 2
print(u, u["A"], u["a"], "a" in u, "A" in u)
u.update({"c": 3})
print(u, u.get("a"), u.get("A"))
d = Upper(x=1)
print(d, dict(d), type(d.copy()).__name__)


class Default(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


g = Default(list, {"seed": [0]})
g["a"].append(1)
g["a"].append(2)
g["b"].append(3)
print(g, g.factory.__name__, list(g.keys()), list(g.values()))
print(isinstance(g, dict), type(g).__mro__[1] is dict)
print(Counter.fromkeys("xy", 0), type(Counter.fromkeys("xy")).__name__)
try:
    Counter.fromkeys([1]).missing_attr
except AttributeError as e:
    print("AttributeError:", e)
merged = g | {"z": 1}
print(type(merged).__name__, sorted(merged))
print(g == {"seed": [0], "a": [1, 2], "b": [3]}, g != {})
g.pop("seed")
print(g.popitem(), g)
del g["a"]
print(g, len(g), bool(Default(int)))
k = Counter(a=1)
print(k["a"], k["b"], k.keys(), k.pop("zz", "none"))
try:
    k.pop("zz")
except KeyError as e:
    print("KeyError:", e)
