import itertools
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(2.5, -0.5), 4)))
print(list(islice(cycle("abc"), 8)), list(cycle([])))
print(list(repeat("x", 3)), list(islice(repeat(7), 4)), list(repeat(1, -2)))
print(repr(count(5)), repr(count(1, 2)), repr(repeat("a", 2)))
c = count(3)
print(next(c), next(c), repr(c))
print(list(islice("abcdefg", 2, None)), list(islice("abcdefg", 1, 6, 2)), list(islice(range(100), 3)))
print(list(islice("abc", 0)), list(islice("abc", None)), list(islice(count(), 5, 20, 5)))
print(list(zip(count(1), "abc")), list(map(lambda a, b: a * b, count(1), [5, 5, 5])))
for bad in [(-1,), (1, -2), ("x",)]:
    try:
        islice("abc", *bad)
    except ValueError as e:
        print("ValueError", e)
try:
    islice("abc", 1, 2, 0)
except ValueError as e:
    print("ValueError", e)
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 6)))
print(list(itertools.takewhile(lambda n: n < 20, (n * n for n in count()))))
