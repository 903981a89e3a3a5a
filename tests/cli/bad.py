print("this must not run")
total = 1
x = = 2
print(x)
