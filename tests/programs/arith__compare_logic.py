x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 10 > x >= 5 > 4)
print(x == 5 != 6, 1 < 2 < 3 < 4 < 0, 3 > 2 == 2)
print(x > 3 and x < 10, x > 3 or 1 / 0, not x, not not x, not 0)
print(0 and 1 / 0, 1 and 2, 0 or "", "" or "default", None or 0 or [], [] and 3)
print("a" and "b" or "c", 0 and "b" or "c", None is None, x is not None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a == c)
print(2 in a, 3 in a, 3 not in a, "ab" in "cabd", "x" not in "abc", "k" in {"k": 1})
print(1 in (1, 2), (1, 2) in [(1, 2), (3, 4)], 5 in range(0, 10, 5), 7 in range(0, 10, 5))
print("yes" if x > 3 else "no", "yes" if x > 7 else "no", 1 if 0 else 2 if 1 else 3)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd", "Z" < "a")
print(3 == 3.0, 1.5 > 1, 2 ** 70 > 2.0 ** 69, -1 < -0.5, True == 1, False < True)
print(None == 0, None == None, [] == [], {} == {}, () == (), "" == 0)
print((x > 2) == True, (x > 2) is True)
def check(v):
    if v < 0:
        return "negative"
    elif v == 0:
        return "zero"
    elif v < 10:
        return "small"
    else:
        return "large"


print([check(v) for v in [-3, 0, 4, 10, 2 ** 80, -0.5]])
count = 0
for v in [0, 1, "", "x", [], [0], None, 0.0, 2.5, {}, {"a": 1}, (), (0,)]:
    if v:
        count += 1
    else:
        pass
print(count)
