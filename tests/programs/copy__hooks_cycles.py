import copy


class Tracked:
    copies = 0

    def __init__(self, v):
        self.v = v

    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.v + [1000])

    def __deepcopy__(self, memo):
        Tracked.copies += 10
        return Tracked(copy.deepcopy(self.v, memo))

    def __repr__(self):
        return "Tracked(%r)" % (self.v,)


x = Tracked([1, 2])
print(copy.copy(x), copy.deepcopy(x), Tracked.copies)
print(copy.deepcopy([x, x]), Tracked.copies)
lst = [1, 2]
lst.append(lst)
dl = copy.deepcopy(lst)
print(dl[2] is dl, dl is not lst, dl[:2])
d = {"self": None}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd is not d)


class Cyc:
    def __init__(self):
        self.me = self
        self.data = [1, {"x": 2}]


c = Cyc()
cc = copy.deepcopy(c)
print(cc.me is cc, cc is not c, cc.data, cc.data is not c.data)
memo = {}
v = [1, 2]
a1 = copy.deepcopy(v, memo)
a2 = copy.deepcopy(v, memo)
print(a1 is a2, a1 == v)
print(copy.copy(5), copy.deepcopy("s"), copy.deepcopy(None), copy.copy(len) is len)
