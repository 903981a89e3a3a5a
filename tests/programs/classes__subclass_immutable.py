# Subclasses of int, float, str and tuple: __new__, operators returning base types, hashing.


class MyInt(int):
    def double(self):
        return self * 2


i = MyInt(21)
print(i, i.double(), i + 1, 1 + i, i * i, -i, abs(MyInt(-3)), i == 21, hash(i) == hash(21))
print(repr(i), type(i + 1).__name__, isinstance(i, int), f"{i:5d}|", "%d" % i, int(i), float(i))
print([10, 20, 30][MyInt(1)], range(MyInt(3)), {i: "x"}[21], i < 22, sorted([MyInt(3), 1, 2]))


class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return super().__new__(cls, n)

    def __repr__(self):
        return f"Even({int(self)})"


print(Even(4), [Even(2), Even(8)], Even(6) // 4, str(Even(10)))
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)


class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)

    def __repr__(self):
        return f"{float(self):.1f}C"

    def to_f(self):
        return self * 9 / 5 + 32


t = Celsius(21.5)
print(t, t + 1, round(t), round(t, 1), t > 20, str(t), t.to_f(), Celsius("3.25"))


class Word(str):
    def shout(self):
        return self.upper() + "!"


w = Word("hello")
print(w, w.shout(), len(w), w[1], w + " there", w == "hello", {w: 1}["hello"], "-".join([w, w]))
print(w.split("l"), w.startswith("he"), repr(w), f"{w:>8}", "%s!" % w, w * 2, "ell" in w)
print(type(w.upper()).__name__, type(str(w)).__name__, sorted([Word("b"), "a", Word("c")]))


class Tag(str):
    def __new__(cls, name, level=1):
        obj = super().__new__(cls, name.lower())
        obj.level = level
        return obj


tg = Tag("HTML", 3)
print(tg, tg.level, tg == "html", len(tg), {tg: 1})


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])


p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), hash(p) == hash((1, 2)), p + (3, 4), list(p))
a, b = p
print(a, b, type(p + p).__name__, p[::-1], p.count(1), p.index(2), max(p))
print({p: "origin"}[(1, 2)], (1, 2) in {p}, tuple(p) is p)


class FS(frozenset):
    def describe(self):
        return f"FS of {len(self)}"


f = FS([3, 1, 2])
print(sorted(f), f.describe(), 2 in f, hash(f) == hash(frozenset([1, 2, 3])), f | {4} == {1, 2, 3, 4})
