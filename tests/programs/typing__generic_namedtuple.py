from typing import Generic, TypeVar, NamedTuple, Protocol, List, ClassVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, isinstance(s, Stack))


class Greeter(Protocol):
    def greet(self) -> str:
        pass


class English:
    def greet(self) -> str:
        return "hello"


def welcome(g: Greeter) -> str:
    return g.greet() + "!"


print(welcome(English()))


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 100


e = Employee("ann", "eng")
f = Employee("bob", "ops", 90)
print(e, f, e.salary, f[2], e._replace(salary=5), Employee._fields, e._asdict())
print(sorted([e, f], key=lambda x: x.salary), tuple(e) == ("ann", "eng", 100))


class Config:
    limit: ClassVar[int] = 10
    name: str = "cfg"


print(Config.limit, Config.name, list(Config.__annotations__))
