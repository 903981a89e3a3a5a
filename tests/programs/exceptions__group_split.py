# split and subgroup: by type, by a tuple of types, by a predicate; the nested structure is
# kept, empty parts are None, and derived groups carry the original's cause, context and
# notes.


def leaves(exc):
    if isinstance(exc, BaseExceptionGroup):
        return [leaf for e in exc.exceptions for leaf in leaves(e)]
    return [exc]


def show(label, g):
    if g is None:
        print(label, None)
    else:
        print(label, repr(g))


v1, v2 = ValueError(1), ValueError(2)
t1 = TypeError("t")
o1 = OSError("o")
k1 = KeyError("k")
inner = ExceptionGroup("inner", [v2, o1])
eg = ExceptionGroup("outer", [v1, t1, inner, k1])

m, r = eg.split(ValueError)
show("match ValueError", m)
show("rest", r)
print(leaves(m)[0] is v1, leaves(m)[1] is v2)
m, r = eg.split((TypeError, OSError))
show("match tuple", m)
show("rest", r)
m, r = eg.split(lambda e: isinstance(e, LookupError))
show("match predicate", m)
show("rest", r)
m, r = eg.split(Exception)
show("everything", m)
print("same object:", m is eg)
show("rest", r)
m, r = eg.split(ZeroDivisionError)
show("nothing", m)
print("rest is eg:", r is eg)
m, r = eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")
show("a whole subgroup", m)
show("rest", r)

show("subgroup ValueError", eg.subgroup(ValueError))
show("subgroup nothing", eg.subgroup(ZeroDivisionError))
print("subgroup all is eg:", eg.subgroup(BaseException) is eg)
show("subgroup predicate", eg.subgroup(lambda e: str(e) == "2"))

for bad in [1, "x", (ValueError, 1), [ValueError], int, len]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", repr(bad)[:30], "->", e)
    try:
        eg.subgroup(bad)
    except TypeError as e:
        print("subgroup ->", e)

# Metadata: cause, context and notes are copied to each derived group.
cause = RuntimeError("cause")
context = KeyError("context")
meta = ExceptionGroup("meta", [ValueError(1), TypeError(2)])
meta.__cause__ = cause
meta.__context__ = context
meta.add_note("a note")
m, r = meta.split(ValueError)
for part in (m, r):
    print(repr(part), part.__cause__ is cause, part.__context__ is context,
          part.__notes__, part.__notes__ is meta.__notes__, part.__suppress_context__)
m.__notes__.append("only on the match")
print(meta.__notes__, m.__notes__, r.__notes__)

# A group without notes gives parts without notes.
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split(TypeError)
print(hasattr(m, "__notes__"), m.__cause__, m.__context__)

# Promotion on derive: the base-exception part stays a BaseExceptionGroup.
mixed = BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt()])
m, r = mixed.split(Exception)
print(type(mixed).__name__, type(m).__name__, type(r).__name__, repr(m), repr(r))
m, r = mixed.split(KeyboardInterrupt)
print(repr(m), repr(r))

# Predicates see every group and every leaf, outermost first.
seen = []
eg.split(lambda e: seen.append(type(e).__name__) and False)
print(seen)
