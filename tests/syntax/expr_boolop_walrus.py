print(0 or 'a', 1 and 0, None or [] or 'last', 1 and 2 and 3)
if (n := len('abc')) > 2: print(n)
print([y for x in range(4) if (y := x * x) > 2], y)
print((z := 5), z)
