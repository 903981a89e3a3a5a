# bytes methods with start/end bounds, rsplit/maxsplit, partition, splitlines, padding, case.
b = b"abracadabra"
for args in [(b"a",), (b"a", 1), (b"a", 1, 4), (b"a", -3), (b"a", 20), (b"", 20), (b"", 11),
             (b"bra", 0, 5), (b"bra", -100, 100), (97, 2), (b"zz",), (b"", 3, 1)]:
    print(args, b.find(*args), b.rfind(*args), b.count(*args),
          b.startswith(args[0] if isinstance(args[0], bytes) else b"a", *args[1:]),
          b.endswith(args[0] if isinstance(args[0], bytes) else b"a", *args[1:]))
for bad in ("index", "rindex"):
    try:
        print(getattr(b, bad)(b"q"))
    except ValueError as e:
        print(bad, "ValueError:", e)
print(b.index(b"c"), b.rindex(b"a"), b.rindex(b"a", 0, 5))
s = b"  one two\tthree\nfour  five "
print(s.split(), s.split(None, 2), s.rsplit(None, 2), s.split(maxsplit=1), s.rsplit(maxsplit=0))
print(b"a,b,,c,".split(b","), b"a,b,,c,".split(b",", 2), b"a,b,,c,".rsplit(b",", 2))
print(b"a::b::c".split(b"::"), b"a::b::c".rsplit(b"::", 1), b"".split(b","), b"".rsplit())
print(b.partition(b"cad"), b.rpartition(b"a"), b.partition(b"zz"), b.rpartition(b"zz"))
print(b"l1\nl2\r\nl3\rl4".splitlines(), b"l1\nl2\r\n".splitlines(True), b"".splitlines())
print(b"x".center(6, b"-"), b"xy".center(7), b"ab".ljust(5, b"."), b"ab".rjust(5), b"abc".center(2))
print(b"42".zfill(5), b"-42".zfill(5), b"+7".zfill(1), b"".zfill(3))
print(b"hello WORLD".swapcase(), b"hello world".title(), b"hELLO".capitalize(), b"they're 2x".title())
print(b"ABC".isupper(), b"AbC".isupper(), b"abc1".islower(), b"123".islower(), b"abc123".isalnum(),
      b"ab c".isalnum(), b"\x80".isascii(), b"abc".isascii())
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
print(b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex(b" ", -2))
for bad in (lambda: b"x".center(5, b"ab"), lambda: b"x".split(b""), lambda: b"x".partition(b""),
            lambda: b"x".find("x"), lambda: b"x".startswith("x"), lambda: b"abc".hex("--"),
            lambda: b"x".replace(b"x", b"y", "z"), lambda: b"x".count(b"x", "a")):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
