import copy


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.parent = None

    def __repr__(self):
        return "Node(%s, %d children)" % (self.name, len(self.children))


root = Node("root", [Node("a"), Node("b", [Node("c")])])
for ch in root.children:
    ch.parent = root
root.children[1].children[0].parent = root.children[1]
clone = copy.deepcopy(root)
print(clone, clone is root, clone.children[0].parent is clone)
print(clone.children[1].children[0].parent is clone.children[1])
print(clone.children[1].children[0].parent is root.children[1])

shared = [1, 2]
pair = [shared, shared, (shared,)]
dp = copy.deepcopy(pair)
print(dp, dp[0] is dp[1], dp[2][0] is dp[0], dp[0] is shared)

memo = {}
x = [[1], [2]]
y = copy.deepcopy(x, memo)
print(y, id(x) in memo, memo[id(x)] is y)
z = copy.deepcopy(x, memo)
print(z is y)


class Tracked:
    calls = []

    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        Tracked.calls.append(self.v)
        dup = Tracked(copy.deepcopy(self.v, memo))
        dup.copied = True
        return dup

    def __copy__(self):
        Tracked.calls.append("shallow")
        return Tracked(self.v)


t = Tracked([1, [2, 3]])
t2 = copy.deepcopy([t, t])
print(t2[0] is t2[1], t2[0].v, t2[0].v is t.v, t2[0].copied, Tracked.calls)
t3 = copy.copy(t)
print(t3.v is t.v, hasattr(t3, "copied"), Tracked.calls)

cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[0], cc[1] is cc, cc is cyc)
d = {"k": cyc, "t": (1, 2), "f": frozenset({3})}
dd = copy.deepcopy(d)
print(dd["t"] is d["t"], dd["f"] is d["f"], dd["k"][1] is dd["k"])
tup = (1, [2])
tc = copy.deepcopy(tup)
print(tc, tc is tup, tc[1] is tup[1])
tup2 = (1, (2, "x"))
print(copy.deepcopy(tup2) is tup2, copy.copy(tup2) is tup2)


class Slots:
    __slots__ = ()


class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.secret = "s"

    def __getstate__(self):
        return {"data": self.data}

    def __setstate__(self, state):
        for k, v in state.items():
            setattr(self, k, v)
        self.restored = True


orig = WithState()
ws = copy.deepcopy(orig)
print(hasattr(ws, "secret"), ws.data, ws.data is orig.data, ws.restored)
ws2 = copy.copy(orig)
print(hasattr(ws2, "secret"), ws2.data is orig.data, ws2.restored)


class Reduced:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.log = ["init"]

    def __reduce__(self):
        return (Reduced, (self.a, [self.b]), {"log": self.log + ["reduced"]})


r = Reduced(1, 2)
rc = copy.copy(r)
print(rc.a, rc.b, rc.log)
rd = copy.deepcopy([r, r])
print(rd[0] is rd[1], rd[0].b, rd[0].log)


class Stack:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)

    def __reduce_ex__(self, proto):
        return (Stack, (), None, iter(self.items))


s = Stack()
s.append([1])
s.append(2)
sc = copy.deepcopy(s)
print(sc.items, sc.items[0] is s.items[0])


class Named:
    def __reduce__(self):
        return "Named"


n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)
print(copy.copy(3), copy.deepcopy("s"), copy.deepcopy(None), copy.copy(len) is len)
print(copy.deepcopy({1: [1], 2: {3: [4]}}))
