i = 0
evens = []
while True:
    i += 1
    if i > 20:
        break
    if i % 2:
        continue
    evens.append(i)
print(evens, i)
for a, b in [(1, "one"), (2, "two"), (3, "three")]:
    print(a, b, end="; ")
print()
for idx, (name, score) in enumerate([("ann", 90), ("bob", 72), ("cy", 85)]):
    print(idx, name, score)
for x, y, z in zip([1, 2, 3], "abc", (True, False, None)):
    print(x, y, z)
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found is not None:
        break
print("found", found)
n = 27
steps = 0
peak = n
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    if n > peak:
        peak = n
    steps += 1
print("collatz", steps, peak)
total = 0
for k in range(10, 0, -3):
    total += k
print(total, list(range(10, 0, -3)))
for ch in "ab":
    for d in range(2):
        if d == 1 and ch == "a":
            continue
        print(ch + str(d), end=" ")
print()
count = 0
while count < 3:
    count += 1
    if count == 2:
        pass
    else:
        print("count", count)
a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = []
for c in range(3):
    col = []
    for r in range(3):
        col.append(matrix[r][c])
    transposed.append(col)
print(transposed)
d = {"x": 1, "y": 2}
for key, value in d.items():
    print(key * value, end="|")
print()
for _ in range(0):
    print("never")
x = 10
for x in range(3):
    pass
print("x after loop", x)
nums = [4, 8, 15, 16, 23, 42]
lo, hi = 0, len(nums) - 1
target = 23
while lo <= hi:
    mid = (lo + hi) // 2
    if nums[mid] == target:
        break
    elif nums[mid] < target:
        lo = mid + 1
    else:
        hi = mid - 1
print("index of", target, "is", mid)
