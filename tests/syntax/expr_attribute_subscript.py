class C:
    def __init__(self): self.items = {'a': [10, 20, 30]}
c = C()
print(c.items['a'][1], c.items['a'][-1], c.items['a'][::-1], c.items['a'][1:], 'text'[1:3])
d = {(1, 2): 'tuple key'}
print(d[1, 2], d[(1, 2)])
