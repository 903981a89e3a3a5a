from dataclasses import dataclass, field, fields
from typing import List


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)

    def total(self) -> float:
        return self.price * self.qty


a = Item("pen", 1.5)
b = Item("book", 12.0, 2, ["paper"])
c = Item(name="pen", price=1.5)
print(a, b)
print(a == c, a == b, a != b, a.total(), b.total())
a.tags.append("blue")
print(a.tags, c.tags, Item("x", 1).tags is not Item("y", 2).tags)
a.qty = 10
print(a, [f.name for f in fields(Item)])
for args, kwargs in [((), {}), (("n",), {}), (("n", 1, 2, [], 5), {}), (("n", 1), {"nope": 1}),
                     (("n", 1), {"name": "m"})]:
    try:
        Item(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)


@dataclass
class Point:
    x: int = 0
    y: int = 0

    def __post_init__(self):
        self.dist = abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.dist, Point(), Point(y=2))


@dataclass(repr=False, eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), Plain(2).v)


@dataclass
class Inv:
    items: List[Item] = field(default_factory=list)
    label: str = field(default="inv", repr=False)
    secret: int = field(default=0, compare=False)


print(Inv([a]), Inv() == Inv(secret=5), Inv(label="z").label)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
