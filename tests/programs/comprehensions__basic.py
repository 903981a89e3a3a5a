xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print([x * x for x in xs])
print([x for x in xs if x % 2 == 1])
print([(i, j) for i in range(4) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c.upper() for c in "hello" if c != "l"])
print({x: x ** 3 for x in range(5)})
print({w: len(w) for w in ["alpha", "be", "gamma"]})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print(sum(x * x for x in xs), max(x % 7 for x in xs), min(-x for x in xs))
print(sorted(x for x in xs if x > 2), list(x + 1 for x in range(3)), tuple(c for c in "ab"))
print(sum(1 for x in xs if x == 5), sum(i * x for i, x in enumerate(xs)))
x = "outer"
ys = [x for x in range(3)]
print(x, ys)
flat = [n for row in [[1, 2], [3], [], [4, 5, 6]] for n in row]
print(flat)
pairs = [(a, b) for a in range(1, 20) for b in range(a, 20) if a * a + b * b in [c * c for c in range(1, 30)]]
print(pairs)
words = ["apple", "bob", "civic", "deed", "eagle", "noon"]
print([w for w in words if w == w[::-1]], [len(w) for w in words if len(w) > 3])
table = {n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 13)}
print(table)
primes = [n for n in range(2, 60) if [d for d in range(2, n) if n % d == 0] == []]
print(primes)
cond = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(cond, [n if n < 3 else -n for n in range(6)])
