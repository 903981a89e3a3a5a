from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
print(sum(1 for p in product("ACGT", repeat=4) if sum(1 for c in p if c == "A") == 2))
try:
    list(combinations("abc", -1))
except ValueError as e:
    print("ValueError", e)
