# Operator overloading: reflected operands, NotImplemented fallbacks, in-place variants,
# comparisons with reflection, unary operators, __bool__/__len__ truthiness, __contains__,
# __index__ for sequence indexing, and the TypeErrors when nothing applies.


class Vec:
    def __init__(self, *c):
        self.c = tuple(c)

    def __repr__(self):
        return f"Vec{self.c}"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return Vec(*(a + other for a in self.c))
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*(a * k for a in self.c))

    def __rmul__(self, k):
        return self * k

    def __iadd__(self, other):
        self.c = (self + other).c
        return self

    def __neg__(self):
        return Vec(*(-a for a in self.c))

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __bool__(self):
        return any(self.c)

    def __len__(self):
        return len(self.c)

    def __contains__(self, x):
        return x in self.c

    __hash__ = None


v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v + 1, 1 + v, v * 3, 2 * v, -v, abs(w), v == Vec(1, 2), v != w, v < w, w > v)
alias = v
v += w
print(v, alias is v, alias)
print(bool(Vec(0, 0)), bool(v), len(v), 4 in v, 9 in v, sorted([w, Vec(0, 1), v]))
for bad in (lambda: v + "s", lambda: v * v, lambda: "s" + v, lambda: v < 3, lambda: hash(v)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], list(range(10))[Idx(2):Idx(5)], hex(Idx(255)))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        if isinstance(other, int):
            return self.cents == other * 100
        return NotImplemented

    def __hash__(self):
        return hash(self.cents)

    def __le__(self, other):
        return self.cents <= other.cents

    def __ge__(self, other):
        return self.cents >= other.cents


print(Money(300) == 3, 3 == Money(300), Money(5) == "5", Money(1) <= Money(2), Money(3) >= Money(2))
print(Money(2) >= Money(3), Money(2) <= Money(1), len({Money(100), Money(100), Money(200)}))
try:
    Money(1) < Money(2)
except TypeError as e:
    print("TypeError:", e)
