# __slots__: member descriptors, no __dict__, AttributeErrors, inheritance with and without
# slots, slots with class attributes elsewhere.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)


v = Vec(1, 2) + Vec(3, 4)
print(v, v.x, v.y, Vec.x, type(Vec.x).__name__, Vec.__slots__)
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(v.__dict__)
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    __slots__ = "value"


z = Lazy()
try:
    z.value
except AttributeError as e:
    print("AttributeError:", e)
z.value = 5
print(z.value)
del z.value
try:
    del z.value
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(z, "value"), getattr(z, "value", "gone"))


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


w = Vec3(1, 2, 3)
print(w.x, w.y, w.z, isinstance(w, Vec))
try:
    w.q = 1
except AttributeError as e:
    print("AttributeError:", e)


class Open(Vec):
    pass


o = Open(5, 6)
o.extra = "fine"
print(o.extra, o.x, sorted(vars(o)))


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, vars(wd))
try:

    class Clash:
        __slots__ = ("x",)
        x = 1

except ValueError as e:
    print("ValueError:", e)
pts = [Vec(i, i * i) for i in range(5)]
print(sum(p.y for p in pts), max(pts, key=lambda p: p.y))
