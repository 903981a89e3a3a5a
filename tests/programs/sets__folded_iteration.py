# CPython folds constant set displays: `{...}` of 3+ constants is merged from a frozenset
# constant, and a constant display iterated by `for` or a comprehension *is* that frozenset.
# The table sizes differ, so the same display can print and iterate in different orders.
print({32, -19, 3747546630667491162, 128, -5})
print([x for x in {32, -19, 3747546630667491162, 128, -5}])
for x in {40, -19, -1044821775603484046, 104, 38}:
    print(x, end=" ")
print()
print({40, -19, -1044821775603484046, 104, 38})
print({x for x in {0, 16, 32, 48, 1, 64, 80, 9}})
print([(x, y) for x in {8, 0} for y in {-1, 7, 15, 23}])
n = 32
print({n, -19, 3747546630667491162, 128, -5}, [x for x in {n, -19, 3747546630667491162, 128, -5}])
print({2**64, 1 << 61, -(2**64), -1, -2}, {1 + 1, 3 * 8, 10 - 20, 7 // 2, 2**10})
