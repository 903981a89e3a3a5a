# A function's __name__, __qualname__ and __doc__ are writable as in CPython (functools.wraps
# relies on it): reads see the new value, repr and argument errors use __qualname__, the
# names must stay strings, and none of them is in __dict__. __doc__ starts as the docstring.
import functools


def short(o):
    return repr(o).split(" at ")[0]


def f(x):
    "doc of f"
    return x


def no_doc():
    x = 1
    "not a docstring"
    return x


class C:
    def m(self):
        """Method doc.

        More lines."""

    def n(self):
        pass


print(f.__name__, f.__qualname__, repr(f.__doc__))
print(repr(no_doc.__doc__), repr(C.m.__doc__), repr(C.n.__doc__), repr((lambda: 0).__doc__))
f.__name__ = "renamed"
print(f.__name__, f.__qualname__, short(f))
f.__qualname__ = "Outer.inner"
print(f.__name__, f.__qualname__, short(f))
f.__doc__ = "new doc"
print(f.__doc__)
f.__doc__ = 42
print(f.__doc__)
del f.__doc__
print(f.__doc__)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, y=2)
except TypeError as e:
    print("TypeError:", e)
C.m.__qualname__ = "X.y"
print(short(C.m), short(C().m))
for attr, value in [("__name__", 3), ("__qualname__", None), ("__name__", b"x")]:
    try:
        setattr(f, attr, value)
    except TypeError as e:
        print("TypeError:", e)
for attr in ["__name__", "__qualname__"]:
    try:
        delattr(f, attr)
    except TypeError as e:
        print("TypeError:", e)
print(f.__name__, f.__qualname__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)

    return wrapper


@deco
def g(x):
    "g doc"
    return x * 2


print(g.__name__, g.__qualname__, g.__doc__, g(3), g.__wrapped__.__name__, short(g))
print(sorted(g.__dict__))


def h():
    pass


h.__name__ = "nm"
h.__qualname__ = "qn"
h.__doc__ = "d"
h.tag = 1
print(h.__dict__)
h.__dict__["other"] = 2
print(h.other, sorted(h.__dict__))
lam = lambda: 0
lam.__name__ = "named_lambda"
print(lam.__name__, short(lam))
