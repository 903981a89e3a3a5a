from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence

d = UserDict({"a": 1}, b=2)
d["c"] = 3
print(d, len(d), d["a"], "b" in d, d.get("z", 0), sorted(d), d.data)
print(repr(d), isinstance(d, MutableMapping), type(d).__module__, type(d).__name__)
d.update(x=9)
del d["a"]
print(d, d.pop("b"), d.setdefault("y", 7), d, list(d.items()), list(d.keys()), list(d.values()))
e = d.copy()
e["new"] = 1
print(d == e, d, e, d | {"q": 1}, {"q": 1} | d)
d |= {"r": 2}
print(d, UserDict.fromkeys("ab", 0))


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


m = Missing()
print(m["ab"], "ab" in m)
low = Lower({"A": 1})
low["B"] = 2
low.update({"C": 3})
print(low)
try:
    UserDict()["nope"]
except KeyError as exc:
    print("KeyError", exc)

lst = UserList([3, 1, 2])
lst.append(5)
lst.extend([0])
lst.sort()
print(lst, len(lst), lst[0], lst[-1], lst[1:3], type(lst[1:3]).__name__, isinstance(lst, MutableSequence))
lst.insert(0, 9)
lst.remove(3)
print(lst, lst.pop(), lst.index(2), lst.count(9), 9 in lst, lst + [1], [1] + lst, lst * 2)
lst.reverse()
lst[0] = 100
del lst[1]
print(lst, lst == [100, 1, 9], lst < [101], sorted(lst), list(reversed(lst)), lst.copy())
lst += [7]
lst *= 2
print(lst, repr(UserList()), UserList("abc"))
try:
    UserList().pop()
except IndexError as exc:
    print("IndexError", exc)

s = UserString("Hello, World")
print(s, repr(s), len(s), s[0], s[-5:], s.upper(), s.lower(), s.split(", "), s.replace("l", "L"))
print(s + "!", "> " + s, s * 2, s == "Hello, World", "World" in s, s.find("o"), s.count("l"), s.startswith("He"))
print(s.center(20, "*"), s.strip("Hd"), s.title(), s.swapcase(), s.zfill(15), isinstance(s, Sequence))
print(s.join(["a", "b"]), s.partition(","), s.encode(), hash(s) == hash("Hello, World"), int(UserString("42")) + 1)
print(sorted([UserString("b"), UserString("a")]), UserString("%s-%d") % ("x", 3), s.format_map({}))
try:
    s.index("xyz")
except ValueError as exc:
    print("ValueError", exc)


class D(dict):
    def __missing__(self, k):
        return k.upper()


print('{a}-{b}-{c[0]}-{a!r:>4}'.format_map(D(a=1, c='xy')))
for a in [('{0}', {}), ('{x}', {}), ('{x}', 5), ('{}', {})]:
    try:
        print(a[0].format_map(a[1]))
    except Exception as e:
        print(type(e).__name__, e)
try:
    'x'.format_map()
except Exception as e:
    print(type(e).__name__, e)
try:
    'x'.format_map({}, {})
except Exception as e:
    print(type(e).__name__, e)
try:
    'x'.format_map(a={})
except Exception as e:
    print(type(e).__name__, e)


class R:
    def __radd__(self, other):
        return ("radd", other)


class N:
    def __radd__(self, other):
        return NotImplemented


print([1] + R(), (1,) + R(), "s" + R())
for x in ([1], (1,), "s"):
    try:
        x + N()
    except TypeError as e:
        print(e)
