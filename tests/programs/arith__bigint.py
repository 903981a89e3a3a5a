def factorial(n):
    result = 1
    k = 2
    while k <= n:
        result *= k
        k += 1
    return result


print(2 ** 100)
print(-(2 ** 100))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 63 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(3037000500 * 3037000500, 4611686018427387904 * 2, 4611686018427387904 + 4611686018427387904)
m = -9223372036854775808
print(m // -1, m % -1, abs(m), -m, m * -1, m - 1)
print(factorial(20), factorial(21), factorial(25))
print(factorial(50))
f100 = factorial(100)
print(len(str(f100)), sum(int(c) for c in str(f100)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:], len(str(2 ** 1000)))
big = 10 ** 30 + 7
print(big // 7, big % 7, -big // 7, -big % 7, big // -7)
print(big * big)
print((2 ** 100) >> 50, 1 << 100, (2 ** 100 + 12345) & 65535, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 69))
print(~(2 ** 80), -(2 ** 80) >> 3)
print(2 ** 100 > 2 ** 99, 2 ** 100 == 2 ** 100, -(2 ** 100) < 5, 2 ** 64 > 1.5e19)
print(float(2 ** 60), float(2 ** 100), int(1e20), int(1.5e19))
print(2 ** 100 / 2 ** 98, (2 ** 100) // 3.0)
print(factorial(30) // factorial(28), factorial(30) % 1000000007)
a = 1
b = 1
for _ in range(150):
    a, b = b, a + b
print(a)
print(str(-(3 ** 50)), repr(7 ** 40), 12345678901234567890 * 98765432109876543210)
print(abs(-(2 ** 90)), max(2 ** 70, 3 ** 44), min(-(2 ** 70), -(3 ** 44)))
print(isinstance(2 ** 100, int), 2 ** 100 % 97, -(2 ** 100) % 97, 2 ** 100 // -97)
