# bytes methods: hex/fromhex, find/index/count, split/join, strip, replace, case, tests.
b = b"  The quick brown fox  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Tx"), b"xxhixx".strip(b"x"))
print(b.split(), b"a,b,,c".split(b","), b"one  two".split(b" "), b"".split())
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x",)))
print(b.upper(), b.lower(), b"MiXeD 123".lower())
print(b"hello".replace(b"l", b"L"), b"aaaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"))
print(b"hello".find(b"l"), b"hello".find(b"z"), b"hello".find(108), b"hello".index(b"lo"))
print(b"banana".count(b"a"), b"banana".count(b"an"), b"banana".count(b""), b"banana".count(97))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b""))
print(b"123".isdigit(), b"12a".isdigit(), b"abc".isalpha(), b"".isalpha(), b" \t".isspace())
print(b"\x00\xffab".hex(), b"abc".hex("-"), b"".hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytes.fromhex(""))
print(bytes.fromhex(b"\x01\x02".hex()) == b"\x01\x02")
for bad in (lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"), lambda: b"x".index(b"y"),
            lambda: b",".join([b"a", "b"]), lambda: b"a".split(b""), lambda: b"ab".count(256)):
    try:
        print(bad())
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
