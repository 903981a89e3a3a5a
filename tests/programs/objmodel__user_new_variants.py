# __new__ returning cached instances (interning), instances of other classes (skipping
# __init__), immutable value objects built in __new__, and __new__ with *args forwarding.


class Interned:
    _cache = {}
    inits = 0

    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        self = super().__new__(cls)
        cls._cache[key] = self
        return self

    def __init__(self, key):
        Interned.inits += 1
        self.key = key


a, b, c = Interned("x"), Interned("x"), Interned("y")
print(a is b, a is c, Interned.inits, sorted(Interned._cache))


class Other:
    def __init__(self):
        self.made_by = "Other"


class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)

    def __init__(self, kind):
        self.kind = kind


f1, f2 = Factory("self"), Factory("other")
print(type(f1).__name__, f1.kind, type(f2).__name__, f2.made_by, hasattr(f2, "kind"))


class Frozen:
    __slots__ = ("_x", "_y")

    def __new__(cls, x, y):
        self = object.__new__(cls)
        object.__setattr__(self, "_x", x)
        object.__setattr__(self, "_y", y)
        return self

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    @property
    def x(self):
        return self._x

    def __repr__(self):
        return f"Frozen({self._x}, {self._y})"


fr = Frozen(1, 2)
print(fr, fr.x)
try:
    fr.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    log = []

    def __new__(cls, *args, **kw):
        cls.log.append(("new", args, tuple(sorted(kw))))
        return super().__new__(cls)

    def __init__(self, *args, **kw):
        self.log.append(("init", len(args), len(kw)))


class Child(Logged):
    def __init__(self, a, b=2, **kw):
        super().__init__(a, b, **kw)
        self.total = a + b


ch = Child(1, b=5, extra=0)
print(ch.total, Logged.log)
try:
    object.__new__(Child, 1)
    print("made")
except TypeError as e:
    print("TypeError:", e)
try:
    Interned()
except TypeError as e:
    print("TypeError:", e)
