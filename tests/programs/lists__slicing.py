xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-3], xs[-4:-1], xs[::2], xs[1::3])
print(xs[::-1], xs[::-2], xs[8:2:-1], xs[8:2:-3], xs[-1:-5:-1], xs[2:8:-1])
print(xs[100:], xs[-100:2], xs[5:100], xs[3:3], xs[-1], xs[-10], xs[0])
s = "abcdefghij"
print(s[2:5], s[::-1], s[::3], s[-3:], s[:-7], s[5:1:-2], s[-1:], s[:0])
t = (10, 20, 30, 40, 50)
print(t[1:3], t[::-1], t[-2:], t[:1], t[4:0:-2], t[::2])
r = range(0, 20, 3)
print(list(r), len(r), r[2], r[-1], list(r[1:4]), list(r[::-1]), list(range(10, 0, -3)))
print(list(range(5, -5, -2)), list(range(0)), list(range(3, 3)), list(range(-3, 3)))
copy = xs[:]
copy.append(99)
print(len(xs), len(copy), xs == copy[:-1])
matrix = [[r * 4 + c for c in range(4)] for r in range(4)]
print([row[1:3] for row in matrix[1:3]])
print([matrix[i][i] for i in range(4)], [matrix[i][-1 - i] for i in range(4)])
print([row[::-1] for row in matrix][::-1][0])
word = "racecar"
print(word == word[::-1], "python"[::-1], "python"[1:-1], "python"[-2:][::-1])
chunks = []
data = list(range(1, 12))
i = 0
while i < len(data):
    chunks.append(data[i:i + 4])
    i += 4
print(chunks)
print(xs[len(xs) // 2:], xs[:len(xs) // 2][::-1], [xs[i] for i in range(-1, -4, -1)])
