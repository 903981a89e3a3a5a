import array

a = array.array("i", [3, 1, 4, 1, 5])
print(a, len(a), a[0], a[-1], a[1:3], a.typecode, a.itemsize)
a.append(9)
a.extend([2, 6])
a.insert(0, 7)
print(a, a.count(1), a.index(4), 5 in a, 42 in a)
print(a.pop(), a.pop(0), a)
a.remove(1)
a.reverse()
print(a, a.tolist(), list(a), sum(a))
a[0] = 100
print(a)
d = array.array("d", [1, 2.5])
d.append(3)
print(d, d * 2, d + array.array("d", [0.5]))
b = array.array("B", [0] * 6)
for i in range(6):
    b[i] = i * 50
print(b, max(b), b == array.array("B", [0, 50, 100, 150, 200, 250]))
print(array.array("u", "hi"), array.array("l"), array.array("b", [-128, 127]))
h = array.array("h", range(5))
h[1:3] = array.array("h", [9, 9, 9])
print(h, h < array.array("h", [0, 10]))
del h[0]
print(h, array.typecodes)
