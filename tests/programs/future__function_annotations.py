from __future__ import annotations

from typing import get_type_hints


class Tree:
    def __init__(self, left: Tree | None, value: int, right: Tree | None = None) -> None:
        self.left = left
        self.value = value
        self.right = right

    def insert(self, v: int) -> Tree:
        if v < self.value:
            self.left = self.left.insert(v) if self.left else Tree(None, v)
        else:
            self.right = self.right.insert(v) if self.right else Tree(None, v)
        return self

    def walk(self) -> list[int]:
        out = []
        if self.left:
            out += self.left.walk()
        out.append(self.value)
        if self.right:
            out += self.right.walk()
        return out


print(Tree.__init__.__annotations__)
print(Tree.insert.__annotations__, Tree.walk.__annotations__)
t = Tree(None, 5)
for v in [3, 8, 1, 4, 9, 7]:
    t.insert(v)
print(t.walk())


def f(a: undefined_name, b: "quoted", *args: int, **kw: dict[str, int]) -> no.such.thing:
    return a


print(f.__annotations__)
print(f(1, 2))
print(get_type_hints(Tree.insert))
try:
    get_type_hints(f)
except NameError as e:
    print("NameError", e)


class Config:
    name: str
    size: int = 3
    children: list[Config] = []


print(Config.__annotations__)
print(get_type_hints(Config)["size"] is int)


def spaced(a: dict[str,int], b: 'x'|None, c: (int), d: tuple[int,...], e: -1, f: a.b[c](d, k=1),
           g: [int, str], h: (1, 2), i: 2 ** -1, j: (a + b) * c, k: a if b else c,
           l: not a, m: a < b <= c, n: a and (b or c), o: {"k": 1.5}, p: x[1:2]) -> ...:
    pass


for name, text in spaced.__annotations__.items():
    print(name, text)
