import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\nlast"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(3)
print(repr(s.read(4)), s.tell(), repr(s.read()))
s.seek(5)
s.truncate()
print(repr(s.getvalue()), s.tell())
s.write("!!")
print(repr(s.getvalue()))
s.seek(0)
s.write("J")
print(repr(s.getvalue()))
t = io.StringIO("a\nb\nc")
print(t.read(2), repr(t.read()), t.readable(), t.writable(), t.seekable())
print(t.seek(0, 2), t.tell(), t.closed)
t.truncate(1)
print(repr(t.getvalue()))
u = io.StringIO("initial")
u.write("XY")
print(repr(u.getvalue()))
u.seek(10)
u.write("end")
print(repr(u.getvalue()))
with io.StringIO() as w:
    print("via print", 1, 2, file=w)
    print("second", end="", file=w)
    w.writelines(["a", "b"])
    print(repr(w.getvalue()))
print(w.closed)
try:
    w.write("x")
except ValueError as e:
    print("ValueError", e)
try:
    w.getvalue()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
r = io.StringIO("x\ny\n")
print(r.readline(1), repr(r.readline()), repr(r.readline()), repr(r.readline()))
