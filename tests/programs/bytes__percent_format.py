# printf-style % formatting of bytes and bytearray templates.
print(b"%5s|%-4b|%r|%a|%c%c|%d|%x|%05.1f|%%" % (b"ab", bytearray(b"c"), "\xe9", b"x", 65, b"z", 42, 255, 3.14159))
print(b"%(name)s=%(n)03d" % {b"name": b"width", b"n": 7})
print(bytearray(b"<%s>") % b"inner", type(bytearray(b"%s") % b"x").__name__)
print(b"%s" % b"single", b"%.2s" % b"truncate", b"%*d|%-*d|" % (5, 1, 4, 2), b"%+.3e" % 12345.678)
print(b"%o %X %#x %#o" % (8, 255, 255, 8), b"%i%%" % 50, b"%r" % [1, "two", b"3"])
print(b"\xff%s\x00" % b"\x80", len(b"%s" % (b"\x00" * 3)))
rows = [(b"alpha", 1, 2.5), (b"beta", 22, 0.125), (b"gamma", 333, 10.0)]
for name, n, f in rows:
    print(b"%-8s|%5d|%8.3f|" % (name, n, f))
for fmt, args in [(b"%s", "str"), (b"%c", 300), (b"%c", b"ab"), (b"%b", 1), (b"%y", 1),
                  (b"%s %s", (b"a",)), (b"%d", b"x"), (b"%s", (b"a", b"b")), (b"%(k)s", (1,)),
                  (b"%", ()), (b"%c", "x")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
