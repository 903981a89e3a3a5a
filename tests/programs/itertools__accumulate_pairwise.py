import itertools
import operator

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=7)))
print(list(itertools.accumulate("abc")))
print(list(itertools.pairwise("abcdef")))
print(list(itertools.pairwise([1])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(itertools.zip_longest([1, 2], [3], [4, 5, 6])))
a, b = itertools.tee(iter(range(6)))
print(next(a), next(a), list(b), list(a))
t1, t2, t3 = itertools.tee("xyz", 3)
print(list(t1), list(t2), list(t3))
print(list(itertools.chain.from_iterable(["ab", "cd", [1, 2]])))
print(list(itertools.islice(itertools.count(10, 5), 2, 12, 3)))
print(list(itertools.islice("abcdefg", None, None, 2)))
print(list(itertools.islice(range(100), 5)))
print(list(itertools.repeat("z", 4)))
print(list(map(pow, range(5), itertools.repeat(2))))
print(list(itertools.islice(itertools.cycle([1, 2, 3]), 8)))
c = itertools.count(1.5, 0.5)
print([next(c) for _ in range(5)])
print(list(itertools.batched(range(7), 3)) if hasattr(itertools, "batched") else "no batched")
it = itertools.accumulate(range(1, 6), lambda acc, x: acc * 10 + x)
print(next(it), list(it))
for key, grp in itertools.groupby(sorted("mississippi")):
    print(key, "".join(grp), end="; ")
print()
try:
    list(itertools.islice(range(3), -1))
except ValueError as e:
    print("ValueError", e)
try:
    itertools.tee([], -1)
except ValueError as e:
    print("ValueError", e)
try:
    list(itertools.starmap(lambda a, b: a + b, [(1,)]))
except TypeError as e:
    print("TypeError", e)
