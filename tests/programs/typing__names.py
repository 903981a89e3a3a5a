from __future__ import annotations

import typing
from typing import (Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union, cast,
                    overload, TYPE_CHECKING, Iterable, Iterator, Sequence, NewType)

if TYPE_CHECKING:
    import nonexistent_module

T = TypeVar("T")
K = TypeVar("K", covariant=True)
UserId = NewType("UserId", int)


def first(xs: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default


def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]


def pairs(d: Dict[str, int]) -> Iterator[Tuple[str, int]]:
    for k in sorted(d):
        yield k, d[k]


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value: int = value
        self.next = next


print(first([3, 4]), first([], "empty"), apply(lambda x: x * 2, range(4)))
print(list(pairs({"b": 2, "a": 1})), cast(int, "not really an int"), UserId(42))
print(T, K, TYPE_CHECKING, Node(1, Node(2)).next.value)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Tuple[int, str])
print(Any, typing.Callable, List, Callable[[int], str])


@overload
def g(x: int) -> int:
    pass


@overload
def g(x: str) -> str:
    pass


def g(x):
    return x * 2


print(g(2), g("ab"), Optional[List[int]])
