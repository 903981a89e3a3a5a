# slice objects: slice(), start/stop/step, indices(), equality, __getitem__ receiving slices.

class Seq:
    def __init__(self, n):
        self.data = list(range(n))
    def __getitem__(self, k):
        if isinstance(k, slice):
            start, stop, step = k.indices(len(self.data))
            print("slice", k, (k.start, k.stop, k.step), (start, stop, step))
            return self.data[k]
        return self.data[k]
    def __len__(self):
        return len(self.data)

s = Seq(10)
print(s[2:8:2], s[::-1], s[-3:], s[5])
print(list(s)[:3], [x for x in s if x % 4 == 0])
sl = slice(1, 9, 3)
print(sl, slice(5), slice(None, None, -1).indices(4), sl == slice(1, 9, 3), sl != slice(1, 9))
print([0, 1, 2, 3, 4, 5, 6, 7, 8, 9][sl], "abcdefghij"[slice(2, None, 2)], (1, 2, 3)[slice(-2, None)])
try:
    hash(sl)
except TypeError as e:
    print(e)
try:
    slice()
except TypeError as e:
    print(e)
try:
    sl.indices(-1)
except ValueError as e:
    print(e)
