# Old-style sequence protocol: classes defining only __getitem__ (and maybe __len__) are
# iterable, support `in`, unpacking, list/tuple/sorted/sum/enumerate/zip, and stop at
# IndexError; reversed needs __len__; other exceptions propagate.


class Squares:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __getitem__(self, i):
        self.calls += 1
        if i >= self.n:
            raise IndexError(i)
        return i * i


sq = Squares(6)
print(list(sq), sq.calls, tuple(Squares(3)), sorted(Squares(4), reverse=True))
print(9 in sq, 10 in sq, sum(Squares(5)), max(Squares(4)), list(enumerate(Squares(3))))
a, b, c = Squares(3)
print(a, b, c, list(zip(Squares(3), "xyz")), [x + 1 for x in Squares(4)])
print(dict.fromkeys(Squares(3)), set(Squares(4)) == {0, 1, 4, 9}, "-".join(str(x) for x in Squares(3)))


class Sized(Squares):
    def __len__(self):
        return self.n


print(list(reversed(Sized(4))), len(Sized(7)))
it = iter(Squares(2))
print(next(it), next(it), next(it, "done"))


class Broken:
    def __getitem__(self, i):
        if i == 2:
            raise ValueError("bad index")
        return i


try:
    list(Broken())
except ValueError as e:
    print("ValueError:", e)


class Letters:
    def __getitem__(self, i):
        return "abc"[i]


print(list(Letters()), "b" in Letters(), "z" in Letters())
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in object():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    len(Squares(2))
except TypeError as e:
    print("TypeError:", e)
