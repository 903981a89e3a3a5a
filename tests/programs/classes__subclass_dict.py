# Subclasses of dict: __missing__, overridden __setitem__/__getitem__, super() into dict methods.


class Default(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


d = Default(list, a=[1])
d["b"].append(2)
d["b"].append(3)
d["a"].append(4)
print(d, len(d), sorted(d), "b" in d, "z" in d, d.get("z"), list(d.items()))
print(isinstance(d, dict), type(d).__name__, d == {"a": [1, 4], "b": [2, 3]})


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

    def __getitem__(self, k):
        return dict.__getitem__(self, k.upper())

    def __contains__(self, k):
        return super().__contains__(k.upper())


u = Upper()
u["x"] = 1
u["Yy"] = 2
print(u["X"], u["yY"], "x" in u, "q" in u, dict(u), u, list(u), len(u))
try:
    u["missing"]
except KeyError as e:
    print("KeyError", e)


class Counter(dict):
    def add(self, key, n=1):
        self[key] = self.get(key, 0) + n

    def most(self):
        return max(self.items(), key=lambda kv: (kv[1], kv[0]))

    def __repr__(self):
        inner = ", ".join(f"{k}={v}" for k, v in sorted(self.items()))
        return f"Counter({inner})"


c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(c, c.most(), c["the"], c.pop("cat"), c, c.setdefault("dog", 0), len(c))
c.update({"the": 10})
print(c, sorted(c.keys()), sum(c.values()))
del c["dog"]
print(c, {**c}, dict(c, extra=1) == {**c, "extra": 1})
c.clear()
print(c, bool(c))


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


a = Attr(x=1)
a.y = 2
print(a.x, a.y, a, hasattr(a, "z"))
