# str.format: positional, automatic and keyword fields, attributes, indexing, conversions,
# nested specs, escaping, and errors.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3, -4)
data = {"name": "Ada", "langs": ["python", "rust"], 1: "one"}
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ada", age=36))
print("{0.x} {0.y} {p.x}".format(p, p=p))
print("{0[name]} {0[langs][1]} {0[1]}".format(data))
print("{d[langs][0]!r:>10}|".format(d=data))
print("{!r} {!s} {!a}".format(p, p, "café"))
print("{:>{width}.{prec}f}|".format(3.14159, width=10, prec=3))
print("{0:{1}{2}{3}}|".format(42, "*", "^", 9))
print("{{literal}} {{{0}}} {{".format("x") + "}")
print("{:,} {:_} {:.2%} {:#x}".format(1234567, 7654321, 0.256, 255))
print("{:<8}|{:^8}|{:>8}|".format("l", "c", "r"))
print("{:08.3f} {:+d} {: d}".format(-3.5, 5, 5))
print("{0!s:*^11}".format(p))
print("{:s}".format("plain"), "{:10s}|".format("pad"), "{:.2s}".format("truncate"))
print("{0:c}{1:c}{2:c}".format(72, 105, 33))
print("{:e} {:g} {:G}".format(12345.678, 0.00001234, 1e100))
print("{}".format(None), "{}".format(True), "{:d}".format(True), "{:>5}".format(True))
print("{!r:^12}".format("quo'te"))
print("a{}b{}c".format(*"XY"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("tuple {}".format((1, 2)), "list {}".format([1, "a"]), "dict {}".format({"k": None}))
print("{0}{0}{0}".format("ab"), "".format(), "no fields".format(1, 2))
print(format(p), format(3.5), format(12, ""), format("x", "^5"))

errors = [
    ("{", ()), ("}", ()), ("{0} {}", ("a", "b")), ("{} {0}", ("a", "b")), ("{2}", ("a",)),
    ("{x}", ()), ("{0.missing}", (1,)), ("{0[5]}", ([1],)), ("{!x}", (1,)), ("{:d}", ("s",)),
    ("{0[}", (1,)), ("{:{}}", (1,)), ("{0!}", (1,)), ("{0!r", (1,)), ("{0.}", (1,)),
    ("{0[1]x}", ([5, 6],)), ("{0:{1:{2}}}", (1, 2, 3)), ("a}b", ()), ("{0!rx}", (1,)),
    ("{ 0}", (1,)), ("{-1}", (1,)), ("{0[]}", ([1],)), ("{0[0]", ([1],)), ("{0{}", (1,)),
    ("{!}", (1,)), ("{0!", (1,)),
]
for fmt, args in errors:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
print("{0.__class__.__name__} {[0]} {.real}".format(1, [2], 3))
print("{!a} {:{}{}}|".format("naïve ☃ 𝄞", 1, ">", 6))
print(f"{'naïve ☃ 𝄞'!a}", ascii("é") if False else "")
