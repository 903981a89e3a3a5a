# A keyword argument a builtin does not take is a TypeError with CPython's message, never
# silently ignored; the keywords it does take still work.
import math


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("print", lambda: print(1, foo=2))
attempt("print flush", lambda: print("ok", sep="-", end="!\n", file=None, flush=True))
attempt("sorted", lambda: sorted([2, 1], foo=2))
attempt("sorted ok", lambda: sorted([2, 1, 3], key=lambda x: -x, reverse=True))
attempt("min", lambda: min([1], foo=2))
attempt("max", lambda: max([1], keys=len))
attempt("min ok", lambda: min([], default=7))
attempt("max ok", lambda: max(["a", "bbb"], key=len))
attempt("open", lambda: open("/dev/null", foo=2))
attempt("int", lambda: int("1", foo=2))
attempt("int x=", lambda: int(x="1"))
attempt("int ok", lambda: int("ff", base=16))
attempt("str", lambda: str(1, foo=1))
attempt("bytes", lambda: bytes("a", foo=1))
attempt("sum", lambda: sum([1], foo=2))
attempt("sum ok", lambda: sum([1], start=10))
attempt("enumerate", lambda: enumerate([1], foo=2))
attempt("enumerate ok", lambda: list(enumerate("ab", start=5)))
attempt("round", lambda: round(1.5, foo=2))
attempt("round ok", lambda: round(1.25, ndigits=1))
attempt("pow", lambda: pow(2, 3, foo=1))
attempt("zip", lambda: zip([], foo=1))
for name, f in [
    ("len", lambda: len([1], foo=2)),
    ("repr", lambda: repr(1, foo=1)),
    ("isinstance", lambda: isinstance(1, int, foo=1)),
    ("iter", lambda: iter([], foo=1)),
    ("next", lambda: next(iter([1]), foo=1)),
    ("getattr", lambda: getattr(1, "real", foo=1)),
    ("abs", lambda: abs(1, foo=1)),
    ("map", lambda: map(str, [], foo=1)),
    ("filter", lambda: filter(None, [], foo=1)),
    ("any", lambda: any([], foo=1)),
    ("reversed", lambda: reversed([], foo=1)),
    ("hash", lambda: hash(1, foo=1)),
    ("divmod", lambda: divmod(1, 2, foo=1)),
    ("chr", lambda: chr(65, foo=1)),
    ("hex", lambda: hex(1, foo=1)),
    ("format", lambda: format(1, foo=1)),
    ("callable", lambda: callable(1, foo=1)),
    ("range", lambda: range(1, foo=1)),
    ("bool", lambda: bool(1, foo=1)),
]:
    attempt(name, f)

# Methods of built-in types.
attempt("str.split", lambda: "a b".split(foo=2))
attempt("str.split ok", lambda: "a b c".split(sep=" ", maxsplit=1))
attempt("str.rsplit", lambda: "a b".rsplit(foo=2))
attempt("str.splitlines", lambda: "a\nb".splitlines(foo=1))
attempt("str.splitlines ok", lambda: "a\nb".splitlines(keepends=True))
attempt("str.expandtabs", lambda: "a\tb".expandtabs(foo=1))
attempt("str.expandtabs ok", lambda: "a\tb".expandtabs(tabsize=4))
attempt("str.encode", lambda: "a".encode(foo=1))
attempt("str.encode ok", lambda: "a".encode(encoding="ascii"))
attempt("str.join", lambda: "a".join([], foo=1))
attempt("str.replace", lambda: "a".replace("a", "b", foo=1))
attempt("str.startswith", lambda: "a".startswith("a", foo=1))
attempt("str.upper", lambda: "a".upper(foo=1))
attempt("str.format ok", lambda: "{x}".format(x=1))
attempt("str.maketrans", lambda: str.maketrans("a", "b", foo=1))
attempt("bytes.split", lambda: b"a".split(foo=1))
attempt("bytes.hex", lambda: b"a".hex(foo=1))
attempt("bytes.hex ok", lambda: b"ab".hex(sep=":"))
attempt("bytes.decode", lambda: b"a".decode(foo=1))
attempt("list.sort", lambda: [1].sort(foo=2))
attempt("list.sort ok", lambda: [3, 1].sort(reverse=True))
attempt("list.append", lambda: [].append(1, foo=1))
attempt("list.pop", lambda: [1].pop(foo=1))
attempt("list.index unbound", lambda: list.index([1], 1, foo=1))
attempt("dict.get", lambda: {}.get(1, foo=1))
attempt("dict.update ok", lambda: {}.update(foo=1))
attempt("dict.fromkeys", lambda: dict.fromkeys([1], foo=1))
attempt("set.add", lambda: set().add(1, foo=1))
attempt("int.bit_length", lambda: (1).bit_length(foo=1))
attempt("int.to_bytes", lambda: (1).to_bytes(1, "big", foo=1))
attempt("int.to_bytes ok", lambda: (1).to_bytes(2, byteorder="little", signed=True))
attempt("int.from_bytes", lambda: int.from_bytes(b"a", "big", foo=1))
attempt("int.from_bytes ok", lambda: int.from_bytes(b"\xff", "big", signed=True))
attempt("float.is_integer", lambda: (1.0).is_integer(foo=1))
attempt("math.isclose", lambda: math.isclose(1, 1, foo=1))
attempt("math.prod", lambda: math.prod([2, 3], foo=1))
attempt("math.prod ok", lambda: math.prod([2, 3], start=2))
attempt("math.floor", lambda: math.floor(1.5, foo=1))
attempt("math.gcd", lambda: math.gcd(4, 6, foo=1))
attempt("math.log", lambda: math.log(8, base=2))
attempt("math.sqrt", lambda: math.sqrt(x=4))


# Subclasses: int parses its keywords in __new__ whatever __init__ says; a list subclass with
# its own __init__ takes the keywords that __init__ takes.
class I(int):
    def __init__(self, v, tag=None):
        self.tag = tag


class L(list):
    def __init__(self, items, tag=None):
        super().__init__(items)
        self.tag = tag


attempt("int subclass", lambda: I(1, tag=2))
attempt("list subclass ok", lambda: (L([1, 2], tag="t"), L([1], tag="t").tag))
attempt("str subclass method", lambda: type("S", (str,), {})("x y").split(foo=1))
print(1, foo=2)
