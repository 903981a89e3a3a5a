from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups.items()), len(groups), "a" in groups, "z" in groups, groups.get("z"))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
print(counts["zz"], len(counts), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
for a, b in [("x", 1), ("x", 2), ("y", 1), ("x", 1)]:
    nested[a][b] += 1
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict(None, {"k": 1})
print(plain)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
s = defaultdict(set)
s["a"].add(1)
s["a"].add(1)
s["b"]
print(s, list(s), list(s.keys()), list(s.values()))
c = counts.copy()
c["m"] = 100
print(counts["m"], c["m"], type(c).__name__)
print(counts.pop("s"), counts.setdefault("q", 7), counts)
del counts["q"]
print(counts == {"m": 1, "i": 4, "p": 2, "zz": 0}, counts)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
