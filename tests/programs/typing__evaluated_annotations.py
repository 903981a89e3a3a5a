from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar, Optional, List, Dict


class Config:
    limit: ClassVar[int] = 10
    name: str = "cfg"
    tags: list[str]
    maybe: int | None = None
    table: dict[str, list[int]] = {}


print(Config.__annotations__)
print(Config.limit, Config.name, Config.maybe)
counter: int = 0
scores: Dict[str, float] = {}
print(__annotations__)


@dataclass
class Order:
    id: int
    items: list[str] = field(default_factory=list)
    note: Optional[str] = None
    registry: ClassVar[List[int]] = []
    scale: InitVar[int] = 1
    total: float = 0.0

    def __post_init__(self, scale):
        self.total = len(self.items) * scale


o = Order(1, ["a", "b"], scale=3)
print(o, [f.name for f in fields(o)], [f.type for f in fields(o)])
print(Order.registry, Order(2).total, Order(3, ["x"]).total)
print(list[int], dict[str, int | None], tuple[int, str], type[Order], int | str | None)
print(list[int]([3, 1]), (int | None) == (None | int), type(None) | int)


def f(x: list[int], y: "Undefined" = 1) -> int | None:
    local: NotDefinedAnywhere = 5
    return local + y


print(f([1]))
