a = list(range(10))
print(a[2:8:2], a[-3:], a[:-7], a[::3], a[5:1:-1])
