# Less common str and tuple methods: partition family, justification, case changes,
# splitlines, expandtabs, zfill, translate/maketrans, removeprefix/suffix, count/index with
# bounds, tuple count/index, and their error messages.

s = "Hello, World. hello again"
print(s.partition(", "), s.rpartition("l"), s.partition("zz"), s.rpartition("zz"))
print(repr(s.center(31, "*")), repr("ab".ljust(5, ".")), repr("ab".rjust(5)), "42".zfill(6), "-7".zfill(4), "+3".zfill(3))
print(s.swapcase(), s.title(), "ßeta".casefold(), "ÉCOLE".lower(), "mIxEd".capitalize())
print("a\tbc\td".expandtabs(), "a\tb".expandtabs(4), "x\ny\r\nz\rw".splitlines(), "x\ny\n".splitlines(True))
print(s.count("l"), s.count("l", 5), s.count("l", 5, 12), s.find("o", 5), s.rfind("o", 0, 8), s.index("World"))
print("prefix-body".removeprefix("prefix-"), "file.tar.gz".removesuffix(".gz"), "abc".removeprefix("x"))
table = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "  pad  ".strip(), "xxhixx".strip("x"))
print("abc".isalpha(), "a1".isalnum(), "123".isdigit(), " ".isspace(), "Title Case".istitle(), "UP".isupper(), "ab_1".isidentifier())
print("{}-{}".format(1, 2), "%s=%d" % ("x", 5), "ab" * 3, "-".join("abc"), "a".join([]))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(2), t.index(2, 2), t.index(1, 1), t[::-1], t + (9,), t * 2 == t + t)
try:
    t.index(7)
except ValueError as e:
    print("ValueError:", e)
print((1, [2]) == (1, [2]), (1, 2) < (1, 3), (2,) > (1, 9), min([(2, "b"), (1, "z")]), tuple("ab"))
