# Set literals, comprehensions, constructors, repr, len, in, iteration.
empty = set()
print(empty, len(empty), bool(empty), type(empty).__name__)
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print({x * x for x in range(-5, 6)})
print({c for c in "mississippi" if c != "s"} == {"m", "i", "p"})
print(set([5, 3, 5, 1]), set((9, 8)), set(range(12, 0, -2)), set({4: "a", 2: "b"}))
print(frozenset(), frozenset([3, 2, 1]), frozenset(range(3)))
print(set(frozenset([7, 6])), frozenset({10, 20}))
print(sorted(set("hello")), sorted(frozenset(["b", "a"])))
print({1, 1.0, True}, {0, False, 0.0}, {2.5, -1.5, 2})
print({(1, 2), (1, 2), ()}, {(0, 0), (1, -1)}, None in {None})
print({*range(3), *[10, 11], 99}, {*()})
total = 0
for v in {40, 10, 30, 20}:
    total += v
    print("item", v)
print(total, sum({1, 2, 3}), max({4, 9, 2}), min(frozenset([4, 9, 2])))
print(list({6, 5, 4}), tuple({100, 3}), [v for v in {7, 3, 5}])
a, b, c = {30, 10, 20}
print(a, b, c)
print(str({1, 2}), repr({3, 4}), f"{ {5, 6} }", "%s" % ({7},))
nested = [{1, 2}, {3}]
print(nested, {"k": {8, 9}}, (set(), frozenset({1})))
print(isinstance(s, set), isinstance(s, frozenset), isinstance(frozenset(), frozenset))
print(set.__name__, frozenset.__name__, type(frozenset()))
