import math

z = 1 + 2j
w = complex(-3.5, 0.25)
print(z, w, type(z), type(z).__name__, isinstance(z, complex), 2j, -3j, 1.5e3j, 0j, -0j, 1e309j)
print(z.real, z.imag, z.conjugate(), -z, +z, abs(3 + 4j), abs(w), bool(0j), bool(1j), bool(-0.0j))
for a in (z, w, 2, -0.5, complex(0.0, -0.0), 1e308 + 1e308j):
    for b in (z, w, 3, 0.5, -2):
        print(a, b, a + b, a - b, a * b, a / b, b - a, b / a if a else None)
for base, exp in ((z, 2), (z, -3), (z, 0), (w, 0.5), (2, z), (z, w), (0j, 0), (0j, 2), (1j, 101), (-8, 1 / 3 + 0j)):
    print("pow", base, exp, base ** exp)
print(z == 1 + 2j, z != z, 1 + 0j == 1, 2.0 == 2 + 0j, z == "z", hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
print(hash(z), hash(w), hash(-1 + 0j), {1j: "a"}[1j], sorted({3 + 1j, 1j, 2j}, key=abs))
print(sum([1j, 2, 3.5]), [1j] * 2, (1j,) + (2,), str(z), repr(w), f"{z}|{w!r}")
for spec in ("", ".2f", ">20", "^20.1f", "g", "+.3e", "10", ".2", "*<15", "+", " ", ",.1f"):
    print(repr(format(z, spec)), repr(format(w, spec)), repr(format(3j, spec)))
print(complex(), complex(2), complex(2.5, -1), complex(1j, 1j), complex(real=1, imag=2), complex(True))
print(complex(0.0, -0.0), complex(-0.0, 0.0), complex(z), complex(z) is z)
for s in ("1+2j", " (1-2j) ", "j", "-j", "+1.5e3-2.5E-2J", "3", "-inf", "nanj", "1e5j", "1e+5+3j"):
    print(repr(s), complex(s))


class Num:
    def __complex__(self):
        return 5 - 1j


class Idx:
    def __index__(self):
        return 7


print(complex(Num()), complex(Idx()), complex(Idx(), Idx()))


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


for s in ("1+", "1+2", "", "()", "1 + 2j", "(1", "--1j", "j1", "x"):
    attempt("parse %r" % s, complex, s)
attempt("none", complex, None)
attempt("imag-none", complex, 1, None)
attempt("str-str", complex, "1", 2)
attempt("num-str", complex, 1, "2")
attempt("list", complex, [1])
attempt("lt", lambda: z < w)
attempt("ge-int", lambda: z >= 1)
attempt("div0", lambda: z / 0)
attempt("rdiv0", lambda: 1 / 0j)
attempt("pow0", lambda: 0j ** -1)
attempt("pow0c", lambda: 0j ** 1j)
attempt("powmod", pow, z, 2, 3)
attempt("overflow", lambda: (1e308 + 1e308j) ** 3)
attempt("abs-big", abs, 1e308 + 1e308j)
attempt("int", int, z)
attempt("float", float, z)
attempt("floordiv", lambda: z // 2)
attempt("mod", lambda: z % 2)
attempt("sqrt", math.sqrt, z)
attempt("round", round, z)
attempt("str-add", lambda: z + "a")
attempt("format-x", format, z, "x")
attempt("format-eq", format, z, "=10")
attempt("format-zero", format, z, "010")
print("neg-pow", (-8.0) ** (1 / 3), (-2) ** 0.5, (-8) ** -0.5, pow(-4, 0.5), (-1.5) ** float("inf"))
