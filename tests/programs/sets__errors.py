# Exception types and messages of set operations.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


s = {1, 2, 3}
attempt("remove missing", lambda: s.remove(9))
attempt("remove tuple", lambda: s.remove((1, 2)))
attempt("pop empty", lambda: set().pop())
attempt("add list", lambda: s.add([1]))
attempt("literal list", lambda: {[1], 2})
attempt("literal set", lambda: {{1}})
attempt("comp dict", lambda: {d for d in [{}]})
attempt("set of lists", lambda: set([[1]]))
attempt("hash set", lambda: hash({1}))
attempt("dict key set", lambda: {{1}: 2})
attempt("lookup set key", lambda: {1: 2}[{1}])
attempt("list in set", lambda: [1] in {1})
attempt("set(int)", lambda: set(5))
attempt("set(1, 2)", lambda: set(1, 2))
attempt("frozenset(1, 2)", lambda: frozenset(1, 2))
attempt("set(kw)", lambda: set(x=1))
attempt("add()", lambda: s.add())
attempt("pop(1)", lambda: s.pop(1))
attempt("update(int)", lambda: s.update(5))
attempt("union(int)", lambda: s.union([1], 7))
attempt("issubset(int)", lambda: s.issubset(3))
attempt("or list", lambda: s | [4])
attempt("and tuple", lambda: s & (1,))
attempt("sub int", lambda: s - 1)
attempt("lt list", lambda: s < [1])
attempt("ge str", lambda: s >= "a")
attempt("frozenset add", lambda: frozenset().add(1))
attempt("index", lambda: s[0])
attempt("item assign", lambda: s.__setitem__)


def ior_list():
    t = {1}
    t |= [2]


attempt("ior list", ior_list)


def isub_tuple():
    t = {1}
    t -= (1,)


attempt("isub tuple", isub_tuple)


def grow_while_iterating():
    t = {1, 2, 3}
    for v in t:
        t.add(v * 10)


attempt("grow while iterating", grow_while_iterating)


def unpack():
    a, b = {1, 2, 3}


attempt("unpack", unpack)
