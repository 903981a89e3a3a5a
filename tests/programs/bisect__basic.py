import bisect

data = [1, 3, 3, 3, 7, 9, 12, 12, 20]
for x in [0, 1, 2, 3, 4, 12, 13, 20, 21]:
    print(x, bisect.bisect_left(data, x), bisect.bisect_right(data, x), bisect.bisect(data, x))
print(bisect.bisect_left(data, 3, 2), bisect.bisect_right(data, 3, 0, 3))
print(bisect.bisect_left(data, 12, lo=5, hi=7))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(data, 3, -1)
except ValueError as e:
    print("ValueError", e)
words = sorted(["pear", "fig", "apple", "kiwi", "banana"])
print(words, bisect.bisect(words, "grape"), bisect.bisect_left(words, "fig"))
