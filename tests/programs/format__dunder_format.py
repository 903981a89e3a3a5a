# format() and f-strings call __format__; str.format too; defaults and errors.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        if spec.startswith("w"):
            return f"${self.cents / 100:>{int(spec[1:])}.2f}"
        raise ValueError(f"bad money spec {spec!r}")

    def __str__(self):
        return "Money"


class Plain:
    def __str__(self):
        return "plain-str"

    def __repr__(self):
        return "Plain()"


class BadFormat:
    def __format__(self, spec):
        return 42


m = Money(12345)
print(format(m), format(m, "c"), format(m, "w12") + "|")
print(f"{m} {m:c} {m:w10}|")
print("{} {:c} {:w9}|".format(m, m, m))
print(f"{m!s} {m!r:.8}")
try:
    format(m, "zz")
except ValueError as e:
    print("ValueError:", e)

pl = Plain()
print(format(pl), f"{pl}", "{}".format(pl), f"{pl!r}", f"{pl:}")
try:
    format(pl, "10")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{pl:>10}"
except TypeError as e:
    print("TypeError:", e)
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)


class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __format__(self, spec):
        unit = "C"
        if spec.endswith("F"):
            return format(self.deg * 9 / 5 + 32, spec[:-1]) + "F"
        return format(self.deg, spec) + unit


for c in (Celsius(21.5), Celsius(-40)):
    print(f"{c} {c:.1f} {c:.0fF} {c:>8.2f}|")

values = [1, 2.5, "s", None, True, [1], (2,), {"a": 1}, Money(5)]
for v in values:
    print(repr(format(v, "")) if not isinstance(v, Money) else format(v, ""), end=" ")
print()
print(format(1234.5, ",.1f"), format(-0.0, "+.1f"), format(1e16, ".0f"), format(2 ** 64, "_x"))
