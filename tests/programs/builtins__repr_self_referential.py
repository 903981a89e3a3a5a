from collections import deque, OrderedDict, defaultdict, Counter
from dataclasses import dataclass, field
q = deque([1]); q.append(q); print(q)
o = OrderedDict(a=1); o["self"] = o; print(o)
dd = defaultdict(list); dd["x"].append(dd); print(dd)
l = [1]; l.append(l); print(repr(l), str(l))
s = set(); s.add(frozenset([1])); print(s)
@dataclass
class Node:
    name: str
    kids: list = field(default_factory=list)
n = Node("root"); n.kids.append(n); print(n)
print(l == l)
class R:
    def __repr__(self):
        return "R(%r)" % (self.other,)
r = R(); r.other = [r, 1]; 
try:
    print(r)
except RecursionError as e:
    print("RecursionError", e)
