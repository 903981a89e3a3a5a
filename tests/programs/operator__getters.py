from operator import attrgetter, itemgetter, methodcaller


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = self if x > 100 else None

    def __repr__(self):
        return "Pt(%d, %d)" % (self.x, self.y)


pts = [Pt(3, 1), Pt(1, 2), Pt(2, 0), Pt(1, 1)]
print(sorted(pts, key=attrgetter("x")))
print(sorted(pts, key=attrgetter("x", "y")))
print(attrgetter("y")(pts[0]), attrgetter("x", "y")(pts[1]))
print(attrgetter("inner.x")(Pt(500, 3)))
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)))
print(itemgetter(0)("xyz"), itemgetter(-1, 0)("xyz"), itemgetter("k")({"k": 5}))
print(list(map(itemgetter(0), rows)))
up = methodcaller("upper")
rep = methodcaller("replace", "a", "@")
print(up("hello"), rep("banana"), methodcaller("split", ",", 1)("a,b,c"))
print(repr(itemgetter(1, 2)), repr(attrgetter("a.b", "c")), repr(methodcaller("f", 1, k=2)))
try:
    attrgetter("z")(pts[0])
except AttributeError as e:
    print("AttributeError", e)
