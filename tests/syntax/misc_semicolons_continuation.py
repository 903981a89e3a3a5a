x = 1; y = 2; print(x + \
  y)
total = (1 +
         2 +
         3)
print(total, [
  1,
  2,
])
