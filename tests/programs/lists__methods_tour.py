# list methods and operations, including in-place and slice assignment forms.
xs = [5, 3, 8, 1, 9, 2]
xs.append(7); xs.extend([4, 6]); xs.insert(0, 0); xs.insert(100, 10); xs.insert(-1, 11)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(8); print(xs, xs.index(9), xs.count(3))
xs.sort(); print(xs)
xs.sort(reverse=True); print(xs)
xs.sort(key=lambda v: (v % 3, v)); print(xs)
xs.reverse(); print(xs)
ys = xs.copy(); ys[1:3] = ["a", "b", "c"]; print(ys, xs[:3])
ys[::2] = [None] * len(ys[::2]); print(ys)
del ys[1::3]; print(ys)
ys[:] = range(5); print(ys)
ys += [5]; ys *= 2; print(ys)
print([1, 2] + [3], [0] * 3, [[0] * 2 for _ in range(2)])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] == [], [1] != [1.0])
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower), min([3, 1, 2]), max([3, 1, 2]))
zs = [3, 1, 2]
zs.clear(); print(zs, bool(zs))
try:
    [1].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print(list(reversed([1, 2, 3])), list(enumerate("ab", 1)), list(zip([1, 2], "xyz")))
nested = [[3, "c"], [1, "a"], [2, "b"]]
nested.sort(); print(nested)
print(sum([[1], [2, 3]], []), any([0, "", None]), all([1, "x"]))
