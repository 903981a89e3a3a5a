import bisect

lst = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(lst, x)
    print(lst)
left = [1, 2, 2, 3]
bisect.insort_left(left, 2.0)
print(left, [type(v).__name__ for v in left])
right = [1, 2, 2, 3]
bisect.insort_right(right, 2.0)
print(right, [type(v).__name__ for v in right])
records = [("ann", 31), ("bob", 25), ("cy", 40)]
records.sort(key=lambda r: r[1])
for rec in [("dee", 30), ("eve", 25), ("fay", 99)]:
    bisect.insort(records, rec, key=lambda r: r[1])
print(records)
ages = [r[1] for r in records]
print(bisect.bisect_left(records, 30, key=lambda r: r[1]), bisect.bisect_right(ages, 25))
