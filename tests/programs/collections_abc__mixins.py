from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set, Iterator


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(6)
print(list(sq), 16 in sq, 17 in sq, sq.index(9), sq.count(4), list(reversed(sq)))
print(isinstance(sq, Sequence), len(sq), sq[2])


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r["Alpha"] = 1
r.update({"BETA": 2}, gamma=3)
print(sorted(r), r.get("ALPHA"), r.get("nope", 0), "beta" in r, len(r))
print(r.setdefault("Delta", 4), r.pop("gamma"), sorted(r.items()), sorted(r.values()))
print(r == {"alpha": 1, "beta": 2, "delta": 4}, list(r.keys()))
r.clear()
print(len(r), isinstance(r, Mapping))


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
print(list(s), s.pop(), s.pop(0), list(s))
s.remove(3)
s.reverse()
print(list(s))


class Letters(Set):
    def __init__(self, it):
        self._s = sorted(set(it))

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)


a, b = Letters("abcd"), Letters("cdef")
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= Letters("abcde"), a == b)
print(a.isdisjoint(Letters("xyz")), a.isdisjoint(b))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)), iter(Countdown(1)) is not None)
