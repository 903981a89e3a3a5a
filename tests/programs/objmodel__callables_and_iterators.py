# Instances with __call__ (stateful callables used as keys and callbacks), classes whose
# __iter__ is a generator, iterators with __next__, and class/static methods as factories.


class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.k


triple = Multiplier(3)
print(list(map(triple, [1, 2, 3])), triple.calls, sorted([3, 1, 2], key=Multiplier(-1)), callable(triple))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n, 0, -1):
            yield i


class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


print(list(Countdown(4)), sum(Countdown(10)), list(Fib(50)), [x for x in Fib(10) if x % 2])
f = Fib(3)
print(next(f), next(f), list(f), list(f), next(f, "end"))
print(dict(zip(Countdown(3), Fib(100))), max(Countdown(5)), 3 in Countdown(5), sorted(Countdown(3)))


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(c):
        return c >= -273.15

    def __repr__(self):
        return f"{type(self).__name__}({self.celsius:.1f})"


class Reading(Temperature):
    pass


print(Temperature.from_fahrenheit(212), Reading.from_fahrenheit(32), Reading(5).from_fahrenheit(50))
print(Temperature.valid(-300), Reading.valid(0), Reading(1).valid(-1))
try:
    Fib(1)(3)
except TypeError as e:
    print("TypeError:", e)
try:
    next(Countdown(2))
except TypeError as e:
    print("TypeError:", e)
