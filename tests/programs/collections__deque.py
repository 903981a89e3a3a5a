from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, list(d), list(reversed(d)))
print(d.count(7), d.index(7), 3 in d, 42 in d)
d.remove(7)
d.insert(2, 99)
d[0] = -20
del d[1]
print(d)
d.reverse()
print(d, d.copy() == d, d.copy() is d)
q = deque()
for i in range(10):
    q.append(i)
    if i % 3 == 2:
        print("popleft", q.popleft(), "pop", q.pop(), list(q))
while q:
    q.popleft()
print(q, bool(q), len(q))
for bad in [q.pop, q.popleft]:
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError", e)
try:
    deque([1, 2]).remove(3)
except ValueError as e:
    print("ValueError", e)
print(deque("abc") + deque("de"), deque([1, 2]) * 2, deque([1, 2]) < deque([1, 3]))
e = deque([1, 2, 3])
e += [4]
print(e, e == deque([1, 2, 3, 4]), e != deque())
it = deque([1, 2, 3])
try:
    for x in it:
        it.append(x)
except RuntimeError as err:
    print("RuntimeError", err)
e.clear()
print(e, repr(deque()))
