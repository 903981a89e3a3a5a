# Repetition past what memory can hold raises as CPython does (MemoryError, or OverflowError
# for str/bytes past sys.maxsize items and for counts beyond an index), never aborts; empty
# sequences and non-positive counts build nothing, however large the other operand.
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "->", len(r))
    except (MemoryError, OverflowError) as e:
        print(label, "->", type(e).__name__, repr(str(e)))


attempt("(1,2) * 2**62", lambda: (1, 2) * 2**62)
attempt("[0] * 2**62", lambda: [0] * 2**62)
attempt("[0, 1] * 2**62", lambda: [0, 1] * 2**62)
attempt("2**62 * [0]", lambda: 2**62 * [0])
attempt("(1,) * (2**63 - 1)", lambda: (1,) * (2**63 - 1))
attempt("bytearray(b'ab') * 2**62", lambda: bytearray(b"ab") * 2**62)
attempt("b'ab' * 2**62", lambda: b"ab" * 2**62)
attempt("'ab' * 2**62", lambda: "ab" * 2**62)
attempt("'a' * (2**63 - 1)", lambda: "a" * (2**63 - 1))
attempt("'é' * 2**62", lambda: "é" * 2**62)
attempt("(1,) * (sys.maxsize + 1)", lambda: (1,) * (sys.maxsize + 1))
attempt("'a' * 2**63", lambda: "a" * 2**63)
attempt("[0] * 2**64", lambda: [0] * 2**64)
attempt("10**20 * 'a'", lambda: 10**20 * "a")
attempt("10**20 * (1,)", lambda: 10**20 * (1,))
attempt("b'a' * 10**20", lambda: b"a" * 10**20)
attempt("'' * 10**30", lambda: "" * 10**30)
attempt("() * 10**30", lambda: () * 10**30)
attempt("[] * 10**30", lambda: [] * 10**30)
attempt("'ab' * -10**30", lambda: "ab" * -10**30)
attempt("'' * 2**62", lambda: "" * 2**62)
attempt("[] * 2**62", lambda: [] * 2**62)
attempt("() * (2**63 - 1)", lambda: () * (2**63 - 1))
attempt("b'' * 2**62", lambda: b"" * 2**62)
attempt("'ab' * -5", lambda: "ab" * -5)
attempt("[1, 2] * 3", lambda: [1, 2] * 3)
attempt("True * 'ab'", lambda: True * "ab")


def inplace(label, x, n):
    try:
        x *= n
        print(label, "->", len(x))
    except (MemoryError, OverflowError) as e:
        print(label, "->", type(e).__name__, repr(str(e)))


inplace("[1, 2] *= 2**62", [1, 2], 2**62)
inplace("[1] *= 2**64", [1], 2**64)
inplace("[] *= 2**62", [], 2**62)
inplace("[1, 2] *= 0", [1, 2], 0)
inplace("'ab' *= 2**62", "ab", 2**62)
inplace("(1, 2) *= 2**62", (1, 2), 2**62)
inplace("bytearray(b'ab') *= 2**62", bytearray(b"ab"), 2**62)
inplace("bytearray(b'ab') *= 10**20", bytearray(b"ab"), 10**20)


class L(list):
    pass


attempt("L([1]) * 2**62", lambda: L([1]) * 2**62)
attempt("L([1]) * 2", lambda: L([1]) * 2)
try:
    [0] * 2**62
except MemoryError as e:
    print("args", e.args, isinstance(e, Exception))
x = "ab" * 2**62
