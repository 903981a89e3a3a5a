import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1], c[2] is a[2])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2, d2 is t2, d2[1] is t2[1])
s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s)
d = {"a": [1], "b": (2, [3])}
dd = copy.deepcopy(d)
d["b"][1].append(4)
print(d, dd)


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []

    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


tree = Node("root", [Node("a"), Node("b", [Node("c")])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[1].children.append(Node("d"))
tree.name = "ROOT"
print(tree)
print(shallow)
print(deep)
print(shallow.children is tree.children, deep.children is tree.children)
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
