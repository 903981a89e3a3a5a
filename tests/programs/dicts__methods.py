d = {}
d["b"] = 2
d["a"] = 1
d["c"] = 3
print(d, len(d), list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 20
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"), d.get("c", 0))
print(d.pop("b"), d, d.pop("nope", None), d.pop("nope", -1))
d["b"] = 200
print(d, list(d))
print(d.setdefault("a", 99), d.setdefault("n", []), d)
d.setdefault("n", []).append(5)
d.setdefault("n", []).append(6)
print(d)
d.update({"a": -1, "z": 26})
d.update([("y", 25), ("c", 33)])
print(d)
for k, v in d.items():
    print(k, "->", v)
for k in d:
    print(k, end=" ")
print()
print("a" in d, "q" in d, "q" not in d, 1 in {1: "x"})
keys = {1: "int", True: "bool", 1.0: "float", 2: "two"}
print(keys, len(keys))
t = {(1, 2): "pair", (): "empty", "s": None, 3.5: [1]}
print(t[(1, 2)], t[()], t["s"], t[3.5], t)
nested = {"outer": {"inner": {"leaf": 1}}}
nested["outer"]["inner"]["leaf"] += 41
nested["outer"]["new"] = [1, 2]
print(nested)
print(dict(zip(["x", "y", "z"], [1, 2, 3])), dict([("p", 1), ("q", 2)]), dict(), dict({"m": 1}))
copy = dict(d)
copy["extra"] = True
print(len(d), len(copy), d == copy, {"a": 1, "b": 2} == {"b": 2, "a": 1})
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1, "d": 3, "e": 2}.items():
    inv.setdefault(v, []).append(k)
print(inv, sorted(inv), sorted(inv.items(), key=lambda kv: len(kv[1]), reverse=True))
order = {}
for w in ["x", "y", "z"]:
    order[w] = len(order)
order.pop("x")
order["x"] = 9
print(order, list(order.values()), max(order, key=lambda k: order[k]))
