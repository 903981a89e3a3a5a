# frozensets are hashable: dict keys, set members, equal to sets with the same elements.
graph = {}
for edge in [(1, 2), (2, 3), (1, 2), (3, 1), (2, 1)]:
    key = frozenset(edge)
    graph[key] = graph.get(key, 0) + 1
for k in sorted(graph, key=sorted):
    print(sorted(k), graph[k])
print(graph[frozenset([2, 1])], frozenset([3, 2]) in graph, frozenset([9]) in graph)
seen = {frozenset({1, 2}), frozenset({2, 1}), frozenset(), frozenset([0])}
print(len(seen), frozenset() in seen, {2, 1} in seen, {5} in seen)
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset([2, 1])))
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({-1})))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash(2**64), hash(-1), hash(1.5), hash(2.0))
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(frozenset([1]) in nested, len(nested))
s = {frozenset([1, 2])}
s.discard({1, 2})
print(s)
s.add(frozenset([3]))
s.remove({3})
print(s)
d = {frozenset("ab"): 1}
print(d.get(frozenset("ba")), d.get(frozenset("a"), "missing"))
