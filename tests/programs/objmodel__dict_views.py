# Dict views: live keys/values/items, their reprs, lengths, membership, set operations with
# other iterables, comparisons, isdisjoint, reversed, and the size check during iteration.

d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(type(k).__name__, type(v).__name__, type(it).__name__, len(k), len(v), len(it))
d["d"] = 4
del d["a"]
print(k, v, it, len(it))
print("b" in k, "a" in k, 4 in v, 1 in v, ("b", 2) in it, ("b", 3) in it, "b" in it, ["b", 2] in it)
print(sorted(k & {"b", "z"}), sorted(k | ["x"]), sorted(k - {"c"}), sorted(k ^ {"c", "q"}))
print(sorted({"b", "q"} & k), sorted(["q"] | k) if False else sorted({"q"} | k), sorted({"b", "q"} - k))
print(sorted(it & {("b", 2), ("c", 9)}), sorted(it - {("b", 2)}))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], k != {"b"}, it == {("b", 2), ("c", 3), ("d", 4)})
print(k < {"b", "c", "d", "e"}, k <= {"b", "c", "d"}, k > {"b"}, k >= k, {"b"} < k)
print(v == v, v == d.values(), k == d.keys(), it == d.items())
print(k.isdisjoint(["x", "y"]), k.isdisjoint("bz"), it.isdisjoint([("c", 3)]))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(v), sum(v), max(k), min(it), list(zip(k, v)), dict(it) == d)
print(bool({}.keys()), bool(k), list({}.items()), [x for x in v if x % 2 == 0])
for name, value in d.items():
    print(name, value, end="; ")
print()
for key in list(d.keys()):
    d[key * 2] = d.pop(key)
print(d, k)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key, val in d.items():
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for view in (d.keys(), d.items(), d.values()):
    try:
        print(hash(view) is not None)
    except TypeError as e:
        print("TypeError:", e)
try:
    k & 5
except TypeError as e:
    print("TypeError:", e)
try:
    k < [1]
except TypeError as e:
    print("TypeError:", e)
nested = {"x": {"y": [1, 2]}, "z": (3,)}
print(nested.items(), nested.values(), {1: d.keys()} if False else "")
s = set(d.keys())
s.add("new")
print(sorted(s), sorted(d.keys()))
