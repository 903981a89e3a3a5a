# Methods of built-in types read through the class: list.append(x, v), str.upper as a key or
# map function, dict.__setitem__, int.__add__, type checks on the receiver.
xs = []
list.append(xs, 1)
list.extend(xs, [3, 2])
list.sort(xs)
print(xs, list.__len__(xs), list.__getitem__(xs, 0), list.index(xs, 3))
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=str.lower), list(map(str.upper, words)), list(map(len, words)))
print(str.join("-", words), str.split("a b c"), str.replace("aaa", "a", "b", 2))
d = {}
dict.__setitem__(d, "k", 1)
dict.update(d, z=2)
print(d, dict.get(d, "k"), list(dict.keys(d)), int.__add__(2, 3), float.__mul__(1.5, 2))
print(int.__add__(2, "x"), (5).__add__(1), "ab".__len__(), [1, 2].__contains__(2))
for bad in (lambda: list.append("s", 1), lambda: str.upper(5), lambda: dict.keys([])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    list.append()
except TypeError as e:
    print("TypeError:", e)
print(list.append, str.upper, dict.__getitem__, object.__init__)
print(sorted([(1, "b"), (0, "a")]), sorted(["b", "A"], key=str.casefold))
