from typing import NotRequired, Required, TypedDict


class Movie(TypedDict):
    name: str
    year: int


class Partial(Movie, total=False):
    extra: bool
    must: Required[int]


class Mixed(TypedDict):
    title: str
    note: NotRequired[str]


m = Movie(name="x", year=1)
print(type(m), m, m == {"name": "x", "year": 1}, Movie({"name": "a"}), Movie([("k", 1)]))
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(Partial.__annotations__["extra"], sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
print(Movie.__name__, Movie.__qualname__, Movie.__module__, issubclass(type(m), dict), Movie.__mro__[1:])
p = Partial(name="n", must=1)
p["extra"] = True
print(p, type(p).__name__, len(p), list(p))

Point = TypedDict("Point", {"x": int, "y": int})
Loose = TypedDict("Loose", {"a": str}, total=False)
print(Point(x=1, y=2), Point.__name__, sorted(Point.__required_keys__), Loose.__optional_keys__, Loose.__total__)
print(type(Point), type(Point).__name__)


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


attempt("isinstance", isinstance, m, Movie)
attempt("issubclass", issubclass, dict, Movie)
attempt("both", TypedDict, "B", {"a": int}, b=str)
try:
    class Bad(Movie, dict):
        pass
except TypeError as e:
    print("bad-base", e)
attempt("dict-args", Movie, 1, 2)
