t = (1, 2, 3)
a, b, c = t
print(a, b, c, t, (1,), (), ((1, 2), (3,)))
a, b = b, a
print(a, b)
x, y = "xy"
print(x, y)
p, q = [10, 20]
print(p + q)


def minmax(values):
    return min(values), max(values)


lo, hi = minmax([4, 9, 1, 7])
print(lo, hi, minmax("hello"))
pairs = [(1, "a"), (2, "b"), (3, "c")]
for num, letter in pairs:
    print(num, letter, end=" / ")
print()
for i, (num, letter) in enumerate(pairs):
    print(i, num, letter)
points = [(0, 0), (3, 4), (-1, 1)]
print([(px * 2, py * 2) for px, py in points])
dists = {(px, py): px * px + py * py for px, py in points}
print(dists)
print((1, 2) + (3,), (1, 2) * 2, (1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1, 2), len((1, 2, 3)))
print(t[0], t[-1], t[1:], 2 in t, 5 not in t, tuple(reversed_item for reversed_item in t[::-1]))
nested = ((1, 2), (3, (4, 5)))
(n1, n2), (n3, (n4, n5)) = nested
print(n1, n2, n3, n4, n5)
first, second = (1, 2)
print(first, second)
m, n = 1, 2
m, n = m + n, m * n
print(m, n)
a, b = 7, 7
print(a, b, a == b)
records = [("alice", 30, 1.5), ("bob", 25, 2.25)]
for name, age, height in records:
    print(f"{name}:{age}:{height:.2f}")
swapped = [(v, k) for k, v in {"k1": 1, "k2": 2}.items()]
print(swapped, sorted(swapped, reverse=True), dict(swapped))
