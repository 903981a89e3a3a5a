café = 'coffee'
π = 3.14
print(café, π)
def naïve(ü): return ü * 2
print(naïve(2))
