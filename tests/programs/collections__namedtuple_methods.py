from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p._fields, p.x + p.y, p[0], len(p))
print(p._asdict())
print(p._replace(y=10), Point._make([7, 8]))
x, y = p
print(x, y, p == (3, 4), (3, 4) == p, p != (3, 5))
Color = namedtuple("Color", ["r", "g", "b"], defaults=[0, 255])
print(Color(1), Color(1, 2, 3), Color._field_defaults)
R = namedtuple("R", "a def class a", rename=True)
print(R._fields)
print(R(1, 2, 3, 4))
P3 = namedtuple("P3", "x, y, z")
print(P3(z=1, y=2, x=3))
print(type(p).__name__, Point.__name__, tuple(p), list(p))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(p[:1], p[::-1], p.count(3), p.index(4))


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return "Vec<%d,%d>" % tuple(self)


v = Vec(1, 2)
print(v, v.norm2(), v._replace(x=5))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", "1x")
except ValueError as e:
    print("ValueError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
