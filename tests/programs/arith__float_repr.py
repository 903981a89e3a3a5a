values = [0.1 + 0.2, 1e16, 1.5e-7, 3.0, float('inf'), -float('inf'), 1 / 3, 2 / 3]
print(values)
for v in values:
    print(v, repr(v), str(v))
print(1e15, 1e16, 1e17, 123456789012345678.0, 1e22, 1e100)
print(0.0001, 0.00001, 1e-4, 1.5e-5, 2.5e-3, 5e-324, 1.7976931348623157e308)
print(-0.0, 0.0, 0.0 == -0.0, 0.1 * 3, 100.0 / 3, 1.1 * 1.1, 2.675 * 100)
print(9007199254740993, float(9007199254740993), float(2 ** 53 + 1) == 2 ** 53)
print(0.5, 0.25, 0.125, 1 / 1024, 3.14159, 2.0 ** 0.5, 10 ** 20 * 1.0)
print(float(7), float('1.5'), float('-2.25'), float('1e3'), float('inf') > 10 ** 300)
print(int(2.999), int(-2.999), int(1e10), float(int(3.7)))
print(1e308 * 10, -1e308 * 10, float('inf') + 1, float('inf') * -2)
print(0.1 + 0.7, 0.3 - 0.1, 1.0 - 0.9, 4.35 * 100, 1.15 * 3)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, x < 1.0)
acc = 1.0
for i in range(1, 30):
    acc *= 1.5
print(acc, acc / 7, acc // 7, acc % 7)
print(min(0.3, 0.1 + 0.2), max(1e-9, 1e-10), sum([0.1] * 10), sum([1.5, 2.5, 3]))
print(str(1.0), repr(2.5), str(-1e-7), repr(123.0), str(1e21), str(1e20))
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 2 ** -3, 1.0 / 3.0 * 3.0)
print(f"{0.1 + 0.2}", f"{1e16}", f"{1.5e-7}", f"{-0.0}")
