from dataclasses import dataclass, field, asdict, astuple, replace, is_dataclass, fields
from typing import List, Dict


@dataclass
class Address:
    city: str
    zip: str


@dataclass
class Person:
    name: str
    age: int
    addresses: List[Address] = field(default_factory=list)
    meta: Dict[str, int] = field(default_factory=dict)


p = Person("ann", 30, [Address("Oslo", "0150"), Address("Rome", "00100")], {"score": 7})
d = asdict(p)
print(d)
print(astuple(p))
d["addresses"][0]["city"] = "changed"
print(p.addresses[0].city)
q = replace(p, age=31)
print(q.age, p.age, q.addresses is p.addresses, q.name)
print(is_dataclass(p), is_dataclass(Person), is_dataclass(5), len(fields(p)))
try:
    replace(p, height=2)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(5)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Counter:
    count: int = 0
    history: List[int] = field(default_factory=list, repr=False)
    ready: bool = field(default=False, init=False)

    def bump(self):
        self.count += 1
        self.history.append(self.count)
        return self


c = Counter().bump().bump()
print(c, c.history, c.ready, asdict(c), replace(c, count=10))
try:
    replace(c, ready=True)
except ValueError as e:
    print("ValueError", e)
