print([x * y for x in range(3) for y in range(3) if x != y if y])
print({x % 3 for x in range(10)}, {k: v for k, v in zip('abc', range(3))})
print(list(x for x in 'hey'), sum(x for x in range(5)))
print([[j for j in range(i)] for i in range(4)])
class C:
    n = 3
    squares = [i * i for i in range(n)]
print(C.squares)
