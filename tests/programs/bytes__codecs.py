# str.encode / bytes.decode with utf-8, ascii and latin-1 and the error handlers.
texts = ["plain", "café", "naïve ☃", "𝄞 clef", "ÿ€", ""]
for t in texts:
    u = t.encode()
    print(repr(t), u, len(u), u.decode() == t, t.encode("utf-8") == u, t.encode("UTF_8") == u)

for t in texts:
    for enc in ("ascii", "latin-1"):
        for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
            try:
                print(enc, errors, repr(t.encode(enc, errors)))
            except UnicodeEncodeError as e:
                print(enc, errors, "UnicodeEncodeError:", e)

raw = [b"plain", b"caf\xc3\xa9", b"\xff\xfe", b"ok\xe2\x82", b"\xe2\x28\xa1", b"\x80abc", b"caf\xe9"]
for r in raw:
    for enc in ("utf-8", "ascii", "latin-1"):
        for errors in ("strict", "ignore", "replace", "backslashreplace"):
            try:
                print(r, enc, errors, repr(r.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(r, enc, errors, "UnicodeDecodeError:", e)

print(b"abc".decode(encoding="ascii"), "xyz".encode(encoding="latin1", errors="strict"))
print(isinstance(UnicodeDecodeError("x") if False else ValueError(), ValueError))
for bad in (lambda: "x".encode("klingon"), lambda: b"x".decode("utf-8", "nope"),
            lambda: "x".encode(5)):
    try:
        bad()
    except (LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "é".encode("ascii")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
