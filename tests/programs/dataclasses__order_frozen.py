from dataclasses import dataclass, FrozenInstanceError, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2, 0) >= Version(1, 9), Version(1, 2) == Version(1, 2, "x"))
print(max(vs), min(vs))
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0


c = Coord(1.5, 2.5)
print(c, c.lat, c == Coord(1.5, 2.5))
try:
    c.lat = 3.0
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(c, isinstance(FrozenInstanceError("x"), AttributeError))


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


hand = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(hand), sorted(hand, reverse=True)[0])
try:
    @dataclass(order=True, eq=False)
    class Broken:
        x: int
except ValueError as e:
    print("ValueError", e)
