# Sets are unhashable: putting one in a set raises TypeError.
groups = [{1, 2}, {3}]
print(len(groups))
index = {frozenset(g) for g in groups}
print(sorted(sorted(g) for g in index))
bad = {g for g in groups}
