import math

vals = [0.0, -0.0, 1.0, -1.0, 2.5, -3.5, 1e-310, 5e-324, 1.7976931348623157e308, 123.456, math.inf, -math.inf, math.nan, 7, 2 ** 60]
for x in vals:
    print(repr(x), math.ulp(x), math.nextafter(x, math.inf), math.nextafter(x, -math.inf), math.nextafter(x, 0.0), math.nextafter(x, x))
pairs = [(10, 3), (11, 3), (-10, 3), (10, -3), (7.5, 2), (6.5, 2), (5.5, 2), (1e300, 3.3), (3.3, 1e300), (0.0, 1.0), (-0.0, 1.0),
         (5, math.inf), (math.nan, 1), (1, math.nan), (2 ** 53 + 1, 2), (1e-310, 3e-320), (-7.25, 0.5), (123456.789, 0.001)]
for a, b in pairs:
    print(a, b, math.remainder(a, b))
for a, b in [(1, 0), (math.inf, 1), ("a", 1)]:
    try:
        math.remainder(a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.nextafter(0.0, -1.0), math.nextafter(-0.0, 1.0), math.nextafter(1.0, math.nan))
