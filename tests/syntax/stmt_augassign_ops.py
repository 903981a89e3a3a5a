x = 10
for op in range(1):
    x += 3; x -= 1; x *= 4; x //= 3; x %= 7; x **= 3; x <<= 2; x >>= 1; x |= 8; x &= 14; x ^= 5
    y = 7.0; y /= 2
print(x, y)
class C: pass
c = C(); c.v = 1; c.v += 2
d = {'a': [1]}; d['a'] += [2]; d['a'][0] -= 5
print(c.v, d)
