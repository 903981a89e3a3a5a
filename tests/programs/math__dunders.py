import math


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Rounds:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


class BadFloat:
    def __float__(self):
        return 3


m = Meters(2.25)
print(math.sqrt(m), math.floor(m), math.ceil(m), math.isclose(m, 2.25), math.hypot(m, Meters(3)))
print(math.factorial(Index(6)), math.gcd(Index(12), 18), math.isqrt(Index(50)), math.comb(Index(6), Index(2)))
print(math.sqrt(Index(16)), math.log2(Index(8)), math.fsum([m, Index(1), 0.5]))
r = Rounds()
print(math.floor(r), math.ceil(r), math.trunc(r))
for f, arg in [(math.sqrt, BadFloat()), (math.trunc, m), (math.factorial, m), (math.floor, object())]:
    try:
        f(arg)
    except TypeError as e:
        print("TypeError", e)
