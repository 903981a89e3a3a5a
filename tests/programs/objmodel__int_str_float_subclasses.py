# Subclasses of int, float and str: arithmetic results, overridden operators, reprs,
# hashing (equal to the base value) and use as dict keys.


class Money(int):
    def __repr__(self):
        return f"${int(self)}"

    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__


a = Money(5)
b = Money(7)
print(a, repr(a), a + b, repr(a + b), type(a + 1).__name__, type(a * 2).__name__)
print(sum([a, b, Money(1)], Money(0)), repr(sum([a, b], Money(0))))
print(a == 5, hash(a) == hash(5), {a: "x"}[5], {5: "y"}[a], a < b, -a, abs(Money(-3)))
print(isinstance(a, int), int(a), float(a), str(a), f"{a:>5}", a.bit_length(), bool(Money(0)))


class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}C"

    def to_f(self):
        return Celsius(self * 9 / 5 + 32)


t = Celsius(21.5)
print(t, repr(t), t.to_f(), type(t + 1).__name__, t > 20, round(t), int(t))


class Name(str):
    def greet(self):
        return "hello " + self

    def __len__(self):
        return 99


n = Name("ada")
print(n, repr(n), n.greet(), n.upper(), type(n.upper()).__name__, len(n), len(str(n)))
print(n == "ada", {"ada": 1}[n], n + "!", type(n + "!").__name__, n[0], n * 2, "d" in n)
print(sorted([Name("b"), Name("a"), "c"]), ",".join([n, Name("bob")]), f"[{n}]", n.title())


class Tag(str):
    def __new__(cls, value, kind="tag"):
        self = super().__new__(cls, value.lower())
        self.kind = kind
        return self


tags = [Tag("Red"), Tag("BLUE", kind="color")]
print(tags, [t.kind for t in tags], tags[0] == "red", Tag("X").startswith("x"))


class Flags(int):
    def __new__(cls, *names):
        value = 0
        for nm in names:
            value |= {"r": 4, "w": 2, "x": 1}[nm]
        return super().__new__(cls, value)

    def __str__(self):
        return "".join(c if self & v else "-" for c, v in (("r", 4), ("w", 2), ("x", 1)))


for f in (Flags("r"), Flags("r", "w"), Flags("x", "w", "r"), Flags()):
    print(str(f), int(f), f | 1, type(f | 1).__name__)
