from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    weight: int = field(default=1, compare=False)
    ident: int = field(init=False, default=-1)
    meta: dict = field(default_factory=dict, metadata={"unit": "none"})

    def __post_init__(self):
        self.ident = len(self.name)


a = Item("apple", 1.5)
b = Item("apple", 1.5, weight=9)
print(a)
print(a == b, a.ident, a.tags is not Item("z").tags)
for f in fields(a):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr,
          f.compare, dict(f.metadata))
print(asdict(a))
print(astuple(b))
print(replace(a, price=3.0))
print(is_dataclass(a), is_dataclass(Item), is_dataclass(3))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "old"), Version(1, 2, "a")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1) == Version(1, 0, "x"))


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1


print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Base:
    x: int
    y: int = 2


@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    Item()
except TypeError as e:
    print("TypeError", e)


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident(1).v)


@dataclass(repr=False)
class NoRepr:
    v: int


print(type(repr(NoRepr(1))).__name__, repr(NoRepr(1)).startswith("<"))
