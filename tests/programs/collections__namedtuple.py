from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
q = Point(x=3, y=4)
print(p, q, p.x, p[1], p + q, len(p), list(p))
x, y = q
print(x, y, p == Point(1, 2), p == (1, 2), p < q)
print(Point._fields, p._asdict(), p._replace(y=20), Point._make([5, 6]))
Color = namedtuple("Color", "red green blue", defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)
Emp = namedtuple("Emp", "name, dept, salary")
staff = [Emp("ann", "eng", 100), Emp("bob", "ops", 80), Emp("cy", "eng", 120)]
print(sorted(staff, key=lambda e: e.salary))
print(max(staff, key=lambda e: e.salary).name, [e.name for e in staff if e.dept == "eng"])
R = namedtuple("R", ["a", "def", "a", "_b"], rename=True)
print(R._fields)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError", e)
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
for bad in [("P", "x x"), ("P", "x _y"), ("P", "x class"), ("1P", "x")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
print(p.count(1), p.index(2), 2 in p, type(p).__name__)
