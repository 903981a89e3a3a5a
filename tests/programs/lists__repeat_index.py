# Sequence repetition by an object with __index__ (after the operands' __mul__/__rmul__, in
# place for a list), and CPython's "can't multiply sequence by non-int" for anything else.
class I:
    def __index__(self):
        return 2


class R:
    def __index__(self):
        print("index called")
        return 3

    def __rmul__(self, other):
        return "rmul"


class Bad:
    def __index__(self):
        return "no"


class S(str):
    pass


class L(list):
    pass


print([1] * I(), "ab" * I(), (1,) * I(), b"x" * I(), bytearray(b"y") * I(), I() * [1])
print([1] * R(), R() * "a")
for v in [S("ab") * I(), S("ab") * 2, L([1]) * 2, 2 * S("c")]:
    print(type(v).__name__, v)
x = [1, 2]
y = x
y *= I()
print(x is y, x)
z = [1]
z *= R()
print(z)
for a, b in [
    ([1], Bad()),
    ([1], object()),
    ([1], [2]),
    ("a", 1.5),
    (1.5, "a"),
    ((1,), None),
    (b"x", "y"),
    (object(), [1]),
    ({1}, [1]),
    (range(3), 2),
]:
    try:
        a * b
    except TypeError as e:
        print("TypeError:", e)
w = [1]
try:
    w *= 1.5
except TypeError as e:
    print("TypeError:", e)
