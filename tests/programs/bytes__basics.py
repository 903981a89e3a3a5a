# bytes literals, repr, indexing, slicing, iteration, comparison, hashing, operators.
samples = [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\x7f\x80\xff",
           b"tab\tnl\nret\r\\", rb"raw\n", b"A" b"B" b"C", bytes(3), bytes([72, 105]),
           bytes(b"copy"), bytes("é€", "utf-8"), bytes(range(5))]
for b in samples:
    print(repr(b), len(b), str(b), bool(b))

b = b"hello world"
print(b[0], b[-1], b[1:5], b[::2], b[::-1], b[100:], b[-3:])
print(list(b[:3]), [c for c in b"xyz"], tuple(b"ab"), sorted(b"cab"))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"x" * 0)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"b" > b"abc", b"" < b"a")
print(b"abc" == "abc", b"a" == 97)
print(104 in b, 200 in b, b"wor" in b, b"" in b, b"xyz" in b)
d = {b"key": 1, b"other": 2}
print(d[b"key"], b"other" in d, len({b"a", b"a", b"b"}))
print(hash(b"same") == hash(b"same"))
a, c, e = b"xyz"
print(a, c, e)
print(isinstance(b, bytes), type(b).__name__, type(b) is bytes)
for bad in (lambda: b[20], lambda: b["x"], lambda: b + "s", lambda: "s" + b, lambda: 300 in b,
            lambda: bytes([256]), lambda: bytes("s"), lambda: bytes(-1)):
    try:
        bad()
    except (IndexError, TypeError, ValueError, NotImplementedError) as err:
        print(type(err).__name__ + ":", err)
