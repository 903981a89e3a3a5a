type X = int
print(X)
