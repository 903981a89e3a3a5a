import io

b = io.BytesIO(b"line one\nline two\nend")
print(b.read(4), b.tell(), b.readline(), b.readline(3), b.readline(), b.read(), b.read(), b.tell())
b.seek(0)
print(b.readlines(), b.seek(-3, 2), b.read(), b.seek(2), b.seek(-10, 1), b.tell())
b.seek(0)
print([line for line in b], b.getvalue())
w = io.BytesIO()
print(w.write(b"hello"), w.write(bytearray(b" world")), w.getvalue(), w.tell())
w.seek(0)
w.write(b"J")
w.seek(12)
w.write(b"!")
print(w.getvalue(), w.truncate(5), w.getvalue(), w.tell(), w.truncate(), w.getvalue())
w.writelines([b"a", b"b"])
print(w.getvalue(), w.readable(), w.writable(), w.seekable(), w.isatty(), w.closed, w.write(b""))
buf = bytearray(3)
r = io.BytesIO(b"xy")
print(r.readinto(buf), buf, r.read1(), io.BytesIO().read(), io.BytesIO(None).getvalue())
with io.BytesIO(b"ctx") as c:
    print(c.read(None), c.closed)
print(c.closed)


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


b = io.BytesIO(b"abc")
attempt("seek-neg", b.seek, -1)
attempt("seek-whence", b.seek, 0, 3)
attempt("seek-str", b.seek, "a")
attempt("write-str", b.write, "s")
attempt("read-str", b.read, "x")
attempt("readline-float", b.readline, 1.5)
attempt("truncate-neg", b.truncate, -1)
attempt("init-str", io.BytesIO, "s")
b.close()
attempt("closed-read", b.read)
attempt("closed-getvalue", b.getvalue)
attempt("closed-tell", b.tell)
attempt("closed-write", b.write, b"x")
attempt("closed-seek", b.seek, 0)
attempt("closed-iter", lambda: iter(b) is b)
attempt("closed-next", next, b)
