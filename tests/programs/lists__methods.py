xs = [5, 3, 8]
xs.append(1)
xs.extend([9, 2])
xs.extend((7,))
xs.extend(range(2))
print(xs, len(xs))
xs.insert(0, 100)
xs.insert(3, -1)
xs.insert(1000, 55)
xs.insert(-1, 44)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(2), xs)
print(xs.index(8), xs.index(9), xs.count(2), xs.count(42), [1, 1, 2, 1].count(1))
xs.reverse()
print(xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w[-1])
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "c")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)
a = [1, 2, 3]
b = a
b.append(4)
c = list(a)
c.append(5)
print(a, b, c, a is b, a is c)
print([0] * 5, [1, 2] * 3, [1] + [2, 3], [] + [], [[0] * 2] * 2)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 7
grid[0][0] = grid[1][2] + 1
print(grid)
nested = [1, [2, [3, [4]]], "s", None, True, 2.5, (6, 7)]
print(nested, len(nested), nested[1][1][1][0])
stack = []
for i in range(5):
    stack.append(i * i)
out = []
while stack:
    out.append(stack.pop())
print(out, stack, len(stack))
queue = [1, 2, 3]
queue.append(queue.pop(0))
print(queue, min(queue), max(queue), sum(queue), sorted(queue), queue)
m = [3, 1, 2]
m[0] = m[1] + m[2]
m[-1] = 10
print(m, m[::-1], list(reversed_order for reversed_order in m))
empty = []
print(empty, len(empty), sum(empty), sorted(empty), [x for x in empty])
