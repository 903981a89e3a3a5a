# Runtime errors raised by patterns, with CPython's messages.


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class NotStr:
    __match_args__ = (1,)


class Two:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


class Prop:
    @property
    def boom(self):
        raise ValueError("property raised")

    @property
    def missing(self):
        raise AttributeError("no such thing")


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def m1():
    match NoArgs():
        case NoArgs(1):
            return "matched"


def m2():
    match BadArgs():
        case BadArgs(1):
            return "matched"


def m3():
    match NotStr():
        case NotStr(x):
            return "matched"


def m4():
    match Two():
        case Two(1, 2, 3):
            return "matched"


def m5():
    match Two():
        case Two(1, a=1):
            return "matched"


def m6():
    class Cfg:
        handler = len
    match 3:
        case Cfg.handler():
            return "matched"


def m7():
    match Prop():
        case Prop(boom=1):
            return "matched"


def m8():
    match Prop():
        case Prop(missing=1):
            return "matched"
        case Prop():
            return "missing attribute means no match"


def m9():
    one = 1

    class K:
        ONE = 1
    match {1: "a", 2: "b"}:
        case {K.ONE: x, 1: y}:
            return "matched"


def m10():
    match 5:
        case int(1, 2):
            return "matched"


def m11():
    match Two():
        case Two(1, 2):
            return "positional ok"


def m12():
    match Two():
        case Two(b=2, a=x):
            return f"keywords ok x={x}"


def m13():
    class G:
        def __eq__(self, other):
            raise RuntimeError("eq raised")
    g = G()

    class H:
        val = g
    match 1:
        case H.val:
            return "matched"


for i, f in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13], 1):
    attempt(f"m{i}", f)


# Missing keys fail the pattern; None values do not.
match {"a": 1, "b": None}:
    case {"c": v}:
        print("matched c", v)
    case {"b": None, "a": v}:
        print("matched b None and a", v)
match dict(a=1):
    case {"b": v}:
        print("matched b", v)
    case {"a": v}:
        print("matched a", v)

# Exceptions raised in a guard propagate.
try:
    match [1, 2]:
        case [a, b] if a / 0:
            print("no")
except ZeroDivisionError as e:
    print("guard raised", e, "with a, b =", a, b)

# An error inside the body is an ordinary traceback.
match (1, 0):
    case (x, y):
        print(x / y)
