a, b = [1, 2], (3,)
print(*a, *b)
print([*a, *b], {*a}, (*a, *b))
first, *rest = *a, *b
print(first, rest)
for x, *y in [(1, 2, 3)]: print(x, y)
def f(): return *a, 0
print(f())
