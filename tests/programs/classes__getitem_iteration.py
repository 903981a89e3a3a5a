# The sequence protocol: iteration, `in`, unpacking, list()/sorted()/sum() over a class that
# only defines __getitem__ (IndexError ends it), and __len__-less objects.


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = Squares(6)
print(list(s), 16 in s, 17 in s, sum(s), sorted(s, reverse=True), max(s))
a, b, c = Squares(3)
print(a, b, c, [x for x in Squares(4) if x % 2 == 0], tuple(Squares(2)))
it = iter(Squares(2))
print(next(it), next(it), next(it, "done"))


class Countdown:
    def __getitem__(self, i):
        if i > 3:
            raise StopIteration
        return 3 - i


print(list(Countdown()), dict(zip(Countdown(), "abcd")), set(Countdown()) == {0, 1, 2, 3})


class Letters:
    def __init__(self, word):
        self.word = word

    def __getitem__(self, i):
        return self.word[i]


print(list(Letters("hey")), "-".join(Letters("abc")), list(enumerate(Letters("xy"))))
for ch in Letters("ok"):
    print(ch)


class Nope:
    pass


try:
    iter(Nope())
except TypeError as e:
    print("TypeError:", e)
