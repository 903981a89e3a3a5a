class V:
    def __init__(s, x): s.x = x
    def __add__(s, o): return V(s.x + (o.x if isinstance(o, V) else o))
    def __radd__(s, o): return V(o + s.x)
    def __sub__(s, o): return V(s.x - o.x)
    def __mul__(s, o): return V(s.x * o)
    def __neg__(s): return V(-s.x)
    def __repr__(s): return f"V({s.x})"
    def __str__(s): return f"<{s.x}>"
    def __eq__(s, o): return isinstance(o, V) and s.x == o.x
    def __lt__(s, o): return s.x < o.x
    def __le__(s, o): return s.x <= o.x
    def __len__(s): return abs(s.x)
    def __bool__(s): return s.x != 0
    def __getitem__(s, i): return s.x * i
    def __setitem__(s, i, v): print("set", i, v)
    def __contains__(s, i): return i == s.x
    def __call__(s, *a): return sum(a) + s.x
    def __iter__(s): return iter(range(s.x))


print(V(1) + V(2), 5 + V(1), V(3) - V(1), V(2) * 3, -V(4), str(V(5)), [V(1)])
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(3) <= V(2), V(1) > V(0), sorted([V(3), V(1)]))
print(len(V(-3)), bool(V(0)), V(3)[4], 3 in V(3), V(1)(1, 2), list(V(3)), max(V(1), V(4)))
v = V(1)
v[2] = 9
print(sum([V(1), V(2)], V(0)), "yes" if V(2) else "no")


class It:
    def __init__(s): s.i = 0
    def __iter__(s): return s
    def __next__(s):
        s.i += 1
        if s.i > 3:
            raise StopIteration
        return s.i


print(list(It()), [x * 2 for x in It()], sum(It()))


class G:
    def __getattr__(s, n): return n.upper()


g = G()
g.real = 1
print(g.hello, g.real)
