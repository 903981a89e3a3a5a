# Literal, capture, wildcard, value, group, sequence, mapping, class, or, as, guards.
import math


class Color:
    RED = 1
    GREEN = 2
    BLUE = 3


def lit(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "red?"
        case math.pi:
            return "pi"
        case _:
            return "other " + repr(x)


for v in [0, 1, 2, 3, -1, 1.5, "hello", None, True, False, math.pi, 4, "x", 0.0, 1.0]:
    print(repr(v), "->", lit(v))


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long first={first} rest={rest}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), range(3), "ab", {"a": 1}, 5, (1, (2, 3))]:
    print(repr(v), "->", seq(v))


def nested(x):
    match x:
        case (1, (2, y)):
            return f"nested y={y}"
        case [(a, b), *_]:
            return f"pair first a={a} b={b}"
        case [*_, (c, d)]:
            return f"pair last c={c} d={d}"
        case [*_]:
            return "any sequence"
        case ((x)):
            return f"group {x}"


for v in [(1, (2, 3)), [(1, 2), 5], [5, 6, (7, 8)], [1, 2], 42, "s"]:
    print(repr(v), "->", nested(v))


def mapping(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t, **rest} if not rest:
            return f"bare {t}"
        case {1: one, Color.GREEN: green}:
            return f"numeric keys {one} {green}"
        case {}:
            return f"some mapping {sorted(x) if all(isinstance(k, str) for k in x) else len(x)}"
        case _:
            return "not a mapping"


for v in [
    {"type": "point", "x": 1, "y": 2, "z": 3},
    {"type": "circle", "r": 5, "color": "red", "fill": True},
    {"type": "circle", "r": 5},
    {"type": "square"},
    {"type": "square", "side": 2},
    {1: "a", 2: "b", 3: "c"},
    {},
    [("type", "point")],
    "type",
]:
    print(repr(v), "->", mapping(v))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Box:
    def __init__(self, content):
        self.content = content


def cls(x):
    match x:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0):
            return "x is zero?"
        case Point(x, y=0):
            return f"on x axis at {x}"
        case Point3(z=z) if z > 10:
            return f"high z={z}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Box(content=Point() as p):
            return f"box of point {p}"
        case Box(content=[*items]):
            return f"box of {len(items)} items"
        case Box():
            return "some box"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
        case bool(b):
            return "unreachable bool"
        case list([a, b]) | tuple((a, b)):
            return f"pair {a} {b}"
        case dict(d):
            return f"dict {d}"
        case object():
            return f"object {type(x).__name__}"


for v in [
    Point3(0, 0, 0), Point(0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, 30),
    Point(4, 4), Point(1, 2), Box(Point(1, 1)), Box([1, 2, 3]), Box("x"),
    -3, 7, 2.5, True, "text", [1, 2], (3, 4), {"k": 1}, None, Color(),
]:
    print(repr(v) if not isinstance(v, (Box, Color)) else type(v).__name__, "->", cls(v))


def as_patterns(x):
    match x:
        case [1, 2] as whole:
            return f"whole={whole}"
        case [(1 | 2) as a, (3 | 4) as b]:
            return f"a={a} b={b}"
        case {"k": [_, _] as pair}:
            return f"pair={pair}"
        case (str() | Color()) as text:
            return f"text={text}"
        case other:
            return f"other={other}"


for v in [[1, 2], [2, 4], [1, 3], {"k": [5, 6]}, {"k": [5]}, "abc", 9]:
    print(repr(v), "->", as_patterns(v))

# Guards see the bindings, which stay bound when the guard fails.
def guard(x):
    match x:
        case [a, b] if a > b:
            r = "desc"
        case [a, b] if a < b:
            r = "asc"
        case [a, b]:
            r = "equal"
        case _:
            r = "?"
    return r


print([guard(v) for v in [[2, 1], [1, 2], [3, 3], [1]]])

match [10, 20]:
    case [p, q] if p + q > 100:
        print("big")
    case _:
        print("guard failed, yet p and q are", p, q)

# Module-level captures.
match {"name": "ada", "langs": ["python", "rust"]}:
    case {"name": str(name), "langs": [first_lang, *other_langs]}:
        print(name, first_lang, other_langs)

# A failed case leaves its captures unbound.
def unbound():
    match (1, 2):
        case (x, 3):
            pass
        case _:
            pass
    try:
        return x
    except UnboundLocalError as e:
        return "unbound: " + str(e)


print(unbound())

# No case matches: nothing happens.
match 5:
    case 1:
        print("no")
print("after unmatched match")

# Subject evaluated once.
calls = []


def subject():
    calls.append(1)
    return [1, 2, 3]


match subject():
    case [1]:
        pass
    case [1, 2]:
        pass
    case [1, 2, 3, 4]:
        pass
print("subject calls", len(calls))

# match / case / _ stay usable as names.
match = 3
case = 4
_ = 5
print(match, case, _)
