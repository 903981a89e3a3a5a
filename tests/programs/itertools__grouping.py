import itertools
import operator

for k, g in itertools.groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
rows = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
print([(k, [v for _, v in g]) for k, g in itertools.groupby(rows, key=operator.itemgetter(0))])
groups = itertools.groupby([1, 1, 2, 3, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2], initial=100)))
print(list(itertools.accumulate([])), list(itertools.accumulate([], initial=0)))
print(list(itertools.chain("ab", [1, 2], (3,))), list(itertools.chain.from_iterable(["xy", "z"])))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.pairwise("ABCDE")), list(itertools.pairwise("A")))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
x, y, z = itertools.tee(iter("abc"), 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(itertools.zip_longest([1, 2], [3], [4, 5, 6])))
