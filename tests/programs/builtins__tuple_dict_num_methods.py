# tuple.count/index, dict.fromkeys (also on subclasses), int and float methods and attributes.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(1, 1))
try:
    t.index(7)
except ValueError as e:
    print("ValueError:", e)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))


class Tracking(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)


d = Tracking.fromkeys(["x", "y"], 1)
print(type(d).__name__, d)
for n in [0, 1, 5, 255, 256, -1, -255, 2**70, -(2**70)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.real, n.imag,
          n.numerator, n.denominator, n.conjugate())
for f in [0.0, 1.5, -2.25, 0.1, 3.0, 1e300, 2.5e-310]:
    print(f, f.is_integer(), f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(True.bit_length(), True.real, (7).numerator, (3.5).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
