# Subclasses of list: inherited methods, operators, slicing, super().__init__, in-place ops.


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__)
print(s + [5], [0] + s, s * 2, 3 in s, 9 in s, s == [1, 2, 3, 4], s != [1])
for x in s:
    print(x, end=" ")
print()
print(s[1:3], s[::-1], sorted(s, reverse=True), sum(s), max(s), min(s))
del s[0]
s[0] = 20
print(s, s.pop(), s, bool(s), bool(Stack()))
s.sort(reverse=True)
print(s, s.index(20), s.count(3), list(reversed(s)))
s += [7, 8]
print(s, type(s).__name__)
t = s
t += (9,)
print(s is t, s)


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def __repr__(self):
        return f"Named({self.name!r}, {list.__repr__(self)})"


n = Named("abc", [3, 1, 2])
print(n, n.name, len(n), str(n))
n.sort()
print(n, list(n), tuple(n), n[0], n[-1])
list.append(n, 4)
list.__init__(n, "xy")
print(n, n.name)


class Checked(list):
    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f"ints only, not {type(x).__name__}")
        super().append(x)

    def __getitem__(self, i):
        v = super().__getitem__(i)
        return v * 10 if isinstance(i, int) else v

    def __len__(self):
        return super().__len__() + 100


c = Checked([1, 2])
c.append(3)
try:
    c.append("x")
except TypeError as e:
    print("TypeError:", e)
print(c[0], c[1:], len(c), list(c), bool(c))


class Matrix(list):
    def __init__(self, rows):
        super().__init__([list(r) for r in rows])

    def __mul__(self, other):
        return Matrix(
            [[sum(a * b for a, b in zip(row, col)) for col in zip(*other)] for row in self]
        )

    def transpose(self):
        return Matrix(zip(*self))


m = Matrix([[1, 2], [3, 4]])
print(m * m, m.transpose(), type(m * m).__name__, m == [[1, 2], [3, 4]])
print(list.append, Stack.append, type(Stack.__mro__), [k.__name__ for k in Stack.__mro__])
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append()
except TypeError as e:
    print("TypeError:", e)
