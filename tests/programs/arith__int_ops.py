a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 3)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(2 ** 10, 2 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1, 10 ** -2)
print(1 + 2 * 3 ** 2, (1 + 2) * 3, 10 - 4 - 3, 2 ** 3 ** 2, 100 // 7 % 3)
print(a & b, a | b, a ^ b, ~a, ~-1, ~0)
print(a << 3, a >> 2, -a >> 1, -1 >> 10, 1 << 40, 5 & -2, -6 | 3, -7 ^ 2)
print(7 + 0.5, 3 * 1.5, 7 / 2, 8 / 2, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5)
print(2 ** 0.5, 9 ** 0.5, 4 ** -0.5, 1 / 8)
print(True + True, True * 10, False - 1, -True, True / 2, True // 1)
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0))
x = 10
x += 5
x -= 3
x *= 4
print(x)
total = 0
i = 0
while i < 100:
    total += i * i - 3 * i
    i += 1
print(total, total // 7, total % 7, -total // 7, -total % 7)
print(0 // 5, 0 % 5, -0, 5 // 1, -5 // 1, 1 // 3, -1 // 3)
print(3 == 3.0, 1 == True, 0 == False, 2 != 2.0, 7 // 2 == 3)
print(int(7 / 2), int(-7 / 2), 7 // 2 * 2 + 7 % 2)
