import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
vals = [0.0, -0.0, 0.5, 1.0, 2.0, 3.7, -2.5, 10, 1e-300, 1e300, 123456789.123]
for x in vals:
    row = [math.fabs(x), math.floor(x), math.ceil(x), math.trunc(x), math.sin(x), math.cos(x),
           math.atan(x), math.tanh(x), math.degrees(x), math.radians(x), math.isfinite(x)]
    print(x, row)
for x in [0.0, 0.25, 0.5, 1.0, 2.0, 10.0, 1e3, 7]:
    print(x, math.sqrt(x), math.exp(x / 10), math.log(x + 1), math.log2(x + 1), math.log10(x + 1),
          math.sinh(x / 3), math.cosh(x / 3), math.tan(x), math.exp2(x))
for x in [-1.0, -0.5, 0.0, 0.3, 1.0]:
    print(x, math.asin(x), math.acos(x), math.expm1(x), math.log1p(x + 1.5))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log(10 ** 400, 10))
print(math.log2(2 ** 2000), math.log10(10 ** 500), math.log(7))
print(math.pow(2, 10), math.pow(2.5, -2), math.pow(-8, 3), math.pow(0.0, 0.0), math.pow(math.inf, -1))
print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-math.inf, 3), math.pow(0.5, math.inf))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf), math.atan2(0.0, -0.0))
print(math.hypot(3, 4), math.hypot(), math.hypot(1.5), math.hypot(1, 2, 3, 4, 5), math.hypot(1e200, 1e200))
print(math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan), math.hypot(0.1, 0.2, 0.3))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], [1.5, -2.25, 3.125]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308))
print(math.isinf(math.inf), math.isinf(1e308), math.isnan(math.nan), math.isnan(1), math.isfinite(math.nan))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5.5, math.inf))
print(math.modf(3.75), math.modf(-2.5), math.modf(-3.0), math.modf(math.inf), math.modf(-math.inf))
for x in [0.0, 1.0, -3.5, 1e-310, 123.456, 2.0 ** 100, 5e-324]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.ldexp(1.0, 1023), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(0.75, -1074), math.ldexp(3, 10 ** 30 * -1))
print(math.floor(2.0 ** 70), math.ceil(-1e25), math.trunc(-7.9), math.floor(True), math.ceil(10 ** 30), math.floor(-0.5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([math.inf, 1]), math.fsum([2.0 ** 53, 1.0, 2.0 ** -52]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2, 3]), math.prod(range(1, 30)), math.prod([2, 3], start=10))
print(math.gcd(12, 18), math.gcd(), math.gcd(0, 0), math.gcd(-12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6, 10), math.lcm(2 ** 70, 3))
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(500))))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.comb(2 ** 70, 2), math.comb(10, 0))
print(math.perm(5), math.perm(5, 2), math.perm(5, 7), math.perm(30, 20), math.perm(10, None))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(True))
print(math.sqrt(2) * math.sqrt(2), math.exp(1) == math.e, 0.1 + 0.2, math.cos(math.pi))
