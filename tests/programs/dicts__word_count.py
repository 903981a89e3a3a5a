text = """the cat sat on the mat the dog sat on the log
a cat and a dog met on a mat and the cat ran"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:5]:
    print(f"{word:>5} {n:3d}")
by_len = {}
for word in counts:
    by_len.setdefault(len(word), []).append(word)
print(by_len)
first_letter = {w[0]: w for w in sorted(counts)}
print(first_letter)
squares = {n: n * n for n in range(8) if n % 2 == 0}
print(squares, sum(squares.values()), max(squares, key=lambda k: -k))
lines = text.split("\n")
stats = {i: {"words": len(line.split()), "chars": len(line)} for i, line in enumerate(lines)}
print(stats)
letters = {}
for ch in text:
    if ch != " " and ch != "\n":
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: letters[c], reverse=True)[:6]
print(top, [letters[c] for c in top])
merged = {}
for part in [{"a": 1, "b": 2}, {"b": 3, "c": 4}, {"a": 5, "d": 6}]:
    for k, v in part.items():
        merged[k] = merged.get(k, 0) + v
print(merged, list(merged.items())[-1])
