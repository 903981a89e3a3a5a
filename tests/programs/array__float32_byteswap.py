import array

f = array.array("f", [0.1, 0.2, 1 / 3, 2.5, -0.0, 1e40, -1e40, 1e-45, 1e-46, 3.4028235e38])
print(f)
print([x * 2 for x in f[:4]])
f[0] = 0.7
f[1] += 0.1
f.append(16777217)
f.insert(0, 1.0000001)
f.extend([2.2, 3.3])
print(f, len(f), f.itemsize)
print(f.count(2.5), f.index(2.5), 0.1 in f, f[0] == 1.0000001)
d = array.array("d", [0.1, 1 / 3, 1e300])
print(d, d.itemsize, d[0] == 0.1)
print(array.array("f", d), array.array("d", array.array("f", [0.1])))
total = 0.0
acc = array.array("f", [0.0])
for i in range(1, 50):
    acc[0] += 1 / i
    total += 1 / i
print(acc[0], total, acc[0] == total)
for code in "hHiIlLqQbB":
    a = array.array(code, [1, 2, 100])
    a.byteswap()
    b = array.array(code, a)
    b.byteswap()
    print(code, a.tolist(), b.tolist())
s = array.array("h", [-1, -2, 0x1234, -32768])
s.byteswap()
print(s)
u = array.array("u", "héllo")
u.fromunicode(" wörld")
print(u, u.tounicode(), len(u), u[1])
try:
    array.array("i").tounicode()
except ValueError as e:
    print("ValueError", e)
try:
    u.fromunicode(5)
except TypeError as e:
    print("TypeError", e)
try:
    array.array("i").fromunicode("x")
except ValueError as e:
    print("ValueError", e)
try:
    array.array("f", ["x"])
except TypeError as e:
    print("TypeError", e)
try:
    array.array("i", array.array("u", "ab"))
except TypeError as e:
    print("TypeError", e)
print(array.array("q", array.array("b", [-1, 2])), array.array("d", array.array("i", [3])))
