a = b = 1
x, y = 1, 2
[p, q] = 'ab'
m, *n = range(4)
*o, r = [1, 2, 3]
(s, (t, u)) = (1, (2, 3))
class C: pass
c = C(); c.attr = 5
d = {}; d['k'] = 6
l = [0] * 5; l[1:3] = [7, 8, 9]
print(a, b, x, y, p, q, m, n, o, r, s, t, u, c.attr, d, l)
