import array

cases = [("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 40000), ("H", -1),
         ("i", 2 ** 31), ("I", -1), ("I", 2 ** 33), ("L", -5), ("q", 2 ** 63), ("Q", -1),
         ("b", 2 ** 40), ("B", 2.5), ("d", "x")]
for code, value in cases:
    try:
        array.array(code, [value])
        print(code, value, "ok")
    except (OverflowError, TypeError) as e:
        print(code, value, type(e).__name__, e)
a = array.array("B", [1, 2])
for i, v in [(0, 255), (1, 256), (5, 1)]:
    try:
        a[i] = v
        print("set", i, v, a)
    except (OverflowError, IndexError) as e:
        print("set", i, v, type(e).__name__, e)
for bad in ["z", "ii"]:
    try:
        array.array(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    array.array("i", "abc")
except TypeError as e:
    print("TypeError", e)
try:
    a[7]
except IndexError as e:
    print("IndexError", e)
try:
    array.array("i").pop()
except IndexError as e:
    print("IndexError", e)
try:
    array.array("i", [1]) + array.array("d", [1.0])
except TypeError as e:
    print("TypeError", e)
