# A list subclass: inherited methods, overridden hooks, operators returning plain lists,
# slicing, sorting, comparisons and repr.


class Tracked(list):
    def __init__(self, items=(), name="t"):
        super().__init__(items)
        self.name = name
        self.log = []

    def append(self, x):
        self.log.append(("append", x))
        super().append(x)

    def __setitem__(self, i, v):
        self.log.append(("set", i))
        super().__setitem__(i, v)

    def __repr__(self):
        return f"Tracked({self.name}: {list.__repr__(self)})"


t = Tracked([3, 1, 2], name="a")
t.append(5)
t[0] = 9
t.extend([7, 7])
print(t, len(t), t.log)
print(type(t[1:3]).__name__, t[1:3], t[::-1], t[-1])
print(type(t + [1]).__name__, t + [1])
print(type(t * 2).__name__, len(t * 2))
t.sort()
print(t, t.count(7), t.index(7))
t.sort(reverse=True, key=lambda v: v % 4)
print(t)
print(t == [9, 7, 7, 2, 1, 5] or t, t != [], t > [1], [1] < t)
print(isinstance(t, list), issubclass(Tracked, list), Tracked.__mro__[1].__name__)
t += [4]
print(type(t).__name__, t.name, t)
t *= 1
print(type(t).__name__, len(t))
print(sorted(t), sum(t), max(t), min(t), 7 in t, 8 in t)
print(list(reversed(t)), list(enumerate(t))[:2])
u = t.copy()
print(type(u).__name__, u)
t.clear()
print(t, bool(t), t.log[-1])
del u[0]
print(u, u.pop(), u.pop(0), u)
u.insert(1, "x")
u.remove("x")
print(u)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1] if self else None

    @property
    def top(self):
        return self.peek()


s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), s.top, len(s), s.pop(), s)
print(Stack("abc"), Stack(range(3)) == [0, 1, 2], Stack([1]) == Stack([1]))
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e)
print(vars(s), [x * 2 for x in s])
e = Stack()
print(e.peek(), e.top, repr(e), str(e))
