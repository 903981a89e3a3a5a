from collections import abc, deque, Counter, OrderedDict, defaultdict


def kinds(x):
    names = ["Iterable", "Iterator", "Sized", "Container", "Collection", "Sequence",
             "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet", "Hashable",
             "Callable", "Reversible", "Generator"]
    return [n for n in names if isinstance(x, getattr(abc, n))]


def gen():
    yield 1


samples = [[1], (1,), "s", {1: 2}, {1}, frozenset([1]), range(3), gen(), len,
           5, None, deque([1]), Counter("a"), OrderedDict(), defaultdict(int)]
for s in samples:
    print(type(s).__name__, kinds(s))
print(kinds(iter([1])))
print(issubclass(list, abc.Sequence), issubclass(dict, abc.Sequence), issubclass(str, abc.Hashable))
print(issubclass(list, abc.Hashable), issubclass(tuple, abc.Collection), issubclass(int, abc.Iterable))


class Bag:
    def __init__(self):
        self.items = [1, 2]

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items


class Fn:
    def __call__(self):
        return 1


print(kinds(Bag()), kinds(Fn()), isinstance(Bag(), (abc.Mapping, abc.Sized)))
print(issubclass(Bag, abc.Collection), issubclass(Fn, abc.Iterable))
