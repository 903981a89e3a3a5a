from collections import deque

last3 = deque(maxlen=3)
for i in range(7):
    last3.append(i)
    print(last3, last3.maxlen)
last3.appendleft(-1)
print(last3)
last3.extend([10, 11])
print(last3)
last3.extendleft([20, 21])
print(last3)
try:
    last3.insert(0, 5)
except IndexError as e:
    print("IndexError", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError", e)
z = deque([1, 2], maxlen=0)
print(z, len(z))
r = deque(range(6))
r.rotate(2)
print(r)
r.rotate(-3)
print(r)
r.rotate(13)
print(r)
r.rotate(0)
print(r, deque().rotate(3))


def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(sum(window) / len(window))
    return out


print(moving_average([10, 20, 30, 40, 50, 60], 3))


def josephus(n, k):
    people = deque(range(1, n + 1))
    order = []
    while people:
        people.rotate(-(k - 1))
        order.append(people.popleft())
    return order


print(josephus(7, 3), josephus(10, 2))
