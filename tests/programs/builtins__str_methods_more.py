# Less common str methods: swapcase, casefold, is* tests, removeprefix/suffix, rpartition,
# rindex, expandtabs, maketrans/translate.
words = ["Hello World", "ΣΊΣΥΦΟΣ", "straße", "MiXeD 123", "", "   ", "Title Case Here", "abc_1"]
for w in words:
    print(repr(w), w.swapcase(), w.casefold(), w.isascii(), w.isdecimal(), w.isnumeric(),
          w.isidentifier(), w.isprintable(), w.istitle())
print("config.yaml".removesuffix(".yaml"), "config.yaml".removesuffix(".json"))
print("test_case".removeprefix("test_"), "test_case".removeprefix("case"))
print("a/b/c".rpartition("/"), "abc".rpartition("/"), "a.b.c".partition("."))
print("banana".rindex("an"), "banana".rindex("a", 0, 3), "banana".rfind("zz"))
try:
    "banana".rindex("zz")
except ValueError as e:
    print("ValueError:", e)
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("x\n\ty".expandtabs(2)))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdabcd".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hi".translate(str.maketrans({"h": "j"})))
print("12".isdecimal(), "½".isnumeric(), "½".isdecimal(), "\n".isprintable(), "_x1".isidentifier())
print("1abc".isidentifier(), "Hello world".istitle(), "HELLO".istitle(), "A1 B2".istitle())
try:
    "x".rpartition("")
except ValueError as e:
    print("ValueError:", e)
