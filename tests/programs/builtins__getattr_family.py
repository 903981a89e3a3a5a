# getattr/setattr/hasattr/delattr with defaults, properties raising AttributeError, class
# and module targets, and error messages.
import math


class Obj:
    cls_attr = "c"

    def __init__(self):
        self.a = 1

    @property
    def broken(self):
        raise AttributeError("broken inside")

    @property
    def fine(self):
        return "fine"


o = Obj()
print(getattr(o, "a"), getattr(o, "zz", "dflt"), getattr(o, "broken", "swallowed"), o.fine)
print(hasattr(o, "broken"), hasattr(o, "fine"), hasattr(o, "cls_attr"), hasattr(Obj, "a"))
setattr(o, "b", 2)
setattr(Obj, "added", "on class")
print(o.b, o.added, Obj.added, getattr(math, "pi") == math.pi, hasattr(math, "nope"))
delattr(o, "b")
delattr(Obj, "added")
print(hasattr(o, "b"), hasattr(o, "added"))
for target, name in [(o, "missing"), (Obj, "missing"), (math, "missing"), (1, "real2")]:
    try:
        getattr(target, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    delattr(o, "never")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    o.broken
except AttributeError as e:
    print("AttributeError:", e)
