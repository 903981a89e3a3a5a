from collections import deque

d = deque("abcde")
print(d, len(d))
print(d.index("c"), d.index("e", 2), d.count("a"))
d.insert(2, "X")
d.remove("a")
print(d)
d.reverse()
print(d)
d.extendleft("123")
print(d)
d.rotate(-2)
print(d)
d.rotate(3)
print(d)
e = d.copy()
e.append("tail")
print(d == e, d < e, len(e))
print(deque([1, 2, 3]) == deque([1, 2, 3]), deque([1, 2]) < deque([1, 3]))
print(deque(range(10), maxlen=3))
m = deque(maxlen=2)
for i in range(5):
    m.appendleft(i)
print(m, m.maxlen)
print(d[0], d[-1], d[3])
d[1] = "Y"
del d[0]
print(d)
print(list(reversed(d)))
print("Y" in d, "Q" in d)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
x = deque([0])
x += [1, 2]
x *= 2
print(x)
try:
    deque().pop()
except IndexError as exc:
    print("IndexError", exc)
try:
    deque().popleft()
except IndexError as exc:
    print("IndexError", exc)
try:
    d.remove("nope")
except ValueError as exc:
    print("ValueError", exc)
try:
    d.index("nope")
except ValueError as exc:
    print("ValueError", exc)
try:
    d[100]
except IndexError as exc:
    print("IndexError", exc)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as exc:
    print("IndexError", exc)
try:
    deque(maxlen=-1)
except ValueError as exc:
    print("ValueError", exc)
z = deque([1, 2, 3])
z.clear()
print(z, bool(z), repr(deque([[1], (2,)])))
