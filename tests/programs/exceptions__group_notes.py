# add_note and __notes__ on any exception and on groups.

e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("one")
e.add_note("two")
print(e.__notes__)
for bad in [1, None, b"x"]:
    try:
        e.add_note(bad)
    except TypeError as err:
        print(err)
try:
    e.add_note()
except TypeError as err:
    print("no argument:", type(err).__name__)
e.__notes__ = ("a", "tuple")
try:
    e.add_note("x")
except TypeError as err:
    print(err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)


class Noted(Exception):
    pass


n = Noted()
n.add_note("custom")
print(n.__notes__)

g = ExceptionGroup("g", [ValueError(1), TypeError(2)])
g.add_note("group note")
m, r = g.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is g.__notes__)
g.__notes__ = "not a sequence"
m, r = g.split(ValueError)
print(hasattr(m, "__notes__"), hasattr(r, "__notes__"))

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
except KeyError as k:
    print(k.__notes__)
