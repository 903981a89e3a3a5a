import typing
from typing import Optional, get_type_hints


def area(w: float, h: float = 1.0, *rest: int, unit: str = "m", **extra: bool) -> float:
    return w * h


print(area.__annotations__)
print(get_type_hints(area))


def plain(a, b=2):
    return a + b


print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
plain.__annotations__["a"] = int
print(plain.__annotations__)


class Node:
    def link(self, other: "Node", weight: "int" = 1) -> "Node | None":
        return None

    def nothing(self) -> None:
        pass


print(Node.link.__annotations__)
hints = get_type_hints(Node.link)
print(hints["other"] is Node, hints["weight"] is int, sorted(hints))
print(get_type_hints(Node.nothing))


class Point:
    x: int
    y: "float"
    label: Optional[str] = None


class Point3(Point):
    z: int = 0


print(Point.__annotations__)
print(get_type_hints(Point3))


def uses(items: list[int], lookup: dict[str, list[float]], maybe: int | None) -> tuple[int, ...]:
    return ()


print(uses.__annotations__)
seen = []


def tag(name):
    seen.append(name)
    return name


def evaluated(a: tag("first"), b: tag("second")) -> tag("ret"):
    pass


print(seen, evaluated.__annotations__)


def decorate(f):
    print("decorating", f.__name__, sorted(f.__annotations__))
    return f


@decorate
def decorated(x: int) -> str:
    return str(x)


print(decorated(5), typing.get_type_hints(decorated))
lam = lambda x: x
print(lam.__annotations__)


async def coro(n: int) -> list:
    return [n]


print(coro.__annotations__)
