# Integer and float arithmetic edge cases: floor division and modulo signs, big ints, rounding.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(2 ** 100, 2 ** -1, (-2) ** 3, pow(3, 4, 5), pow(2, 100, 1000), -2 ** 2)
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 3, (10 ** 20) * (10 ** 20))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(0.125, 2))
print(int("42"), int("-0x1f", 16), int("0b101", 0), int(3.99), int(-3.99), float("1e-3"))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e300 * 10, -1e300 * 10, 1e-320)
print(abs(-5), abs(-5.5), max(1, 2.0), min(-1, -1.0), 7 // 1.5, 7 % 1.5)
print(1 << 70, (1 << 70) >> 69, -1 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(hex(255), oct(8), bin(5), hex(-255), (255).bit_length(), (-1).bit_length())
print(float("inf"), float("-inf"), float("nan") == float("nan"), 3 == 3.0, hash(3) == hash(3.0))
print(True + True, True * 10, 10 / 4, 10 // 4, 2 ** 0.5, 4 ** 0.5)
for bad in ["1/0", "1 % 0", "1.0 // 0", "int('x')"]:
    try:
        eval(bad) if False else None
        if bad == "1/0":
            1 / 0
        elif bad == "1 % 0":
            1 % 0
        elif bad == "1.0 // 0":
            1.0 // 0
        else:
            int("x")
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
