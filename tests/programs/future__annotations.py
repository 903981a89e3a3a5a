from __future__ import annotations

import __future__


class Tree:
    def __init__(self, left: Tree | None, value: int, right: Tree | None) -> None:
        self.left = left
        self.value = value
        self.right = right

    def walk(self) -> list[int]:
        out: list[int] = []
        if self.left:
            out.extend(self.left.walk())
        out.append(self.value)
        if self.right:
            out.extend(self.right.walk())
        return out


def build(lo: int, hi: int) -> Tree | None:
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


print(build(0, 10).walk())
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.division.getOptionalRelease(), __future__.all_feature_names[:3])
print(hex(__future__.generator_stop.compiler_flag))


class Config:
    name: str
    size: int = 3
    ratio: UndefinedName = 0.5


print(Config.size, Config.ratio, Config.__annotations__)
undeclared: NotDefinedEither = 5
print(undeclared, __annotations__)
