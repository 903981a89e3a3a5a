# A user sequence receiving slice objects in __getitem__/__setitem__/__delitem__, using
# slice.indices; slice attributes, reprs, equality, and errors for bad slice use.


class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            return Ring(self.items[i] for i in range(start, stop, step))
        return self.items[key % len(self)]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            self.items[key] = value
        else:
            self.items[key % len(self)] = value

    def __delitem__(self, key):
        del self.items[key]

    def __repr__(self):
        return f"Ring({self.items})"


r = Ring(range(10))
print(r[3], r[13], r[-1], r[2:5], r[::3], r[::-2], r[-3:], r[100:], r[1:8:2])
r[0:3] = ["a", "b"]
print(r, len(r))
r[12] = "Z"
del r[::4]
print(r)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, -1), s == slice(1, 10, 2), s != slice(1, 10))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7), slice(2, 1).indices(3))
print([1, 2, 3, 4, 5][slice(1, None, 2)], "abcdef"[slice(None, None, -2)], (1, 2, 3)[slice(-2, None)])
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][1.5:]
except TypeError as e:
    print("TypeError:", e)


class Recorder:
    def __getitem__(self, key):
        return key


rec = Recorder()
print(rec[1:2], rec[::], rec[1:2, 3], rec[..., 1], rec["k"], rec[:, ::2])
