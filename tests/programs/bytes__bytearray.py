# bytearray: construction, repr, mutation (item, slice, del, methods), in-place operators,
# comparisons with bytes, unhashability, and results keeping the receiver's type.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
print(bytearray(), bytearray(3), bytearray([65, 66, 67]), bytearray("héllo", "utf-8"))
print(bytearray(b"it's"), bytearray(b'"q"'), bytearray(b"both ' \""), bytearray(range(3)))
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[1:1] = [120, 121]
print(ba, len(ba))
ba[::2] = b"abcd"
print(ba)
del ba[0]
print(ba)
del ba[::3]
print(ba)
del ba[1:3]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([1, 2])
ba.extend(bytearray(b"!"))
print(ba)
ba.insert(0, 60)
ba.insert(-1, 62)
ba.insert(100, 43)
ba.insert(-100, 45)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(33)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba != c, len(c))
x = bytearray(b"ab")
y = x
x += b"cd"
print(x, y, x is y)
x *= 2
print(y, x is y)
print(x + b"!", b"!" + x, type(x + b"!").__name__, type(b"!" + x).__name__, x * 2, 3 * bytearray(b"z"))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b",
      bytearray(b"b") >= bytearray(b"a"), bytearray(b"x") == "x")
print(b"b" in bytearray(b"abc"), 99 in bytearray(b"abc"), bytearray(b"bc") in b"abc")
print(list(bytearray(b"xyz")), sorted(bytearray(b"cab")), bytes(bytearray(b"copy")))
w = bytearray(b" Hello World ")
print(w.strip(), w.upper(), w.lower(), w.split(), w.replace(b"o", b"0"), w.find(b"World"))
print(bytearray(b",").join([b"a", bytearray(b"b")]), w.startswith(b" H"), w.count(b"l"))
print(bytearray(b"abc").hex(), bytearray.fromhex("00 ff 10"), bytearray(b"\xc3\xa9").decode())
print(bytearray(b"a,b,c").partition(b","), bytearray(b"x\ny").splitlines())
it = iter(bytearray(b"ab"))
print(next(it))
mut = bytearray(b"abc")
seen = []
for byte in mut:
    seen.append(byte)
    if byte == 97:
        mut.append(100)
print(seen, mut)
if bytearray():
    print("empty is true?")
else:
    print("empty is false")
def set_item(b, k, v):
    b[k] = v


def set_str_slice(b):
    b[0:1] = "x"


def set_ext_slice(b):
    b[::2] = b"xyz"


def delete(b, k):
    del b[k]


for bad in (lambda: hash(bytearray()), lambda: {bytearray(): 1}, lambda: bytearray(b"a") + "s",
            lambda: bytearray(b"ab")[5],
            lambda: bytearray(1.5), lambda: bytearray("s"), lambda: bytearray(-2),
            lambda: bytearray([1, 300]), lambda: bytearray().pop(),
            lambda: bytearray(b"a").pop(4), lambda: bytearray(b"a").remove(9),
            lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("x"),
            lambda: bytearray(b"a").extend(5), lambda: bytearray(b"a").extend("xy"),
            lambda: bytearray(b"a").insert(0), lambda: set_item(bytearray(b"ab"), 2, 1),
            lambda: set_item(bytearray(b"ab"), 0, 999), lambda: set_str_slice(bytearray(b"ab")),
            lambda: set_ext_slice(bytearray(b"abc")), lambda: delete(bytearray(), 0)):
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)

