import io

s = io.StringIO()
print(s.write("hello "), s.write("world"), s.tell())
print("line", 2, sep="-", file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.read()), repr(s.read()))
r = io.StringIO("alpha\nbeta\ngamma")
print(repr(r.readline()), r.tell(), repr(r.readline()), repr(r.readline()), repr(r.readline()))
r.seek(0)
print(r.readlines())
r.seek(0)
print([line.upper() for line in r])
w = io.StringIO("abcdef")
w.write("XY")
print(repr(w.getvalue()), w.tell())
w.seek(0, 2)
w.write("!")
print(repr(w.getvalue()))
w.seek(3)
print(w.truncate(), repr(w.getvalue()))
with io.StringIO() as buf:
    buf.writelines(["a", "b", "c"])
    print(buf.getvalue(), buf.closed)
print(buf.closed)
try:
    buf.getvalue()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
out = io.StringIO()
for i in range(5):
    print(i, i * i, end=";", file=out)
print(out.getvalue())
