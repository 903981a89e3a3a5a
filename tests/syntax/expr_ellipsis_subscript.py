class S:
    def __getitem__(self, k): return k
s = S()
print(s[...], s[1:2, 3], s[:, ::2], s[1:2:3])
