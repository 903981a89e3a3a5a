from collections import ChainMap

defaults = {"color": "red", "user": "guest", "level": 1}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm.get("missing", "?"), len(cm))
print(sorted(cm), sorted(cm.items()))
cm["level"] = 5
print(cli, defaults["level"])
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"], len(child.maps))
del child["color"]
print(child["color"])
try:
    del child["user"]
except KeyError as e:
    print("KeyError", e)
print("user" in cm, "nope" in cm, bool(ChainMap()), bool(cm))
print(dict(cm) == {"color": "red", "user": "admin", "level": 5})
print(cm.maps[0] is cli)
c2 = cm.copy()
c2["extra"] = 1
print("extra" in cm, "extra" in c2)
print(ChainMap({"a": 1}, {"b": 2}))
print(cm.pop("level"), cm.get("level"))
try:
    ChainMap({}, {"z": 1}).pop("z")
except KeyError as e:
    print("KeyError", e)
m = ChainMap()
m["k"] = "v"
print(m, m.maps)
