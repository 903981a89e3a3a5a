# open() in binary modes: write/append/read bytes, readline, iteration, tell/seek, errors.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "data.bin")
with open(path, "wb") as f:
    print(type(f).__name__, f.mode, f.closed)
    print(f.write(b"line one\n"), f.write(bytearray(b"line two\r\n")), f.write(bytes(range(250, 256))))
    f.writelines([b"\nthird\n", b"tail"])
print(f.closed)
with open(path, "ab") as f:
    f.write("é".encode("utf-8") + b"\n")
with open(path, "rb") as f:
    print(type(f).__name__, f.mode)
    data = f.read()
print(data, len(data))
with open(path, "rb") as f:
    print(f.readline(), f.tell(), f.read(4), f.tell(), f.readline(3))
    print(f.readlines())
    print(f.read(), f.readline())
    f.seek(0)
    print([line for line in f][:2])
    f.seek(5)
    print(f.read(3))
with open(path, "r", encoding="utf-8", errors="strict") if False else open(path, "rb") as f:
    raw = f.read()
text = raw.decode("utf-8", "replace")
print(repr(text))
print(raw.split(b"\n"), raw.count(b"\n"), raw.rfind(b"t"))
out = os.path.join(d, "copy.bin")
with open(out, "wb") as g:
    for chunk in (raw[i:i + 7] for i in range(0, len(raw), 7)):
        g.write(chunk)
with open(out, "rb") as g:
    print(g.read() == raw)
with open(path, "rb") as f:
    for bad in (lambda: f.write(b"x"), lambda: f.writelines([]), lambda: f.writelines([b"x"])):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__ + ":", e)
with open(out, "wb") as g:
    try:
        g.write("text")
    except TypeError as e:
        print("TypeError:", e)
with open(out, "w") as g:
    try:
        g.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
for bad in (lambda: open(path, "rb", encoding="utf-8"), lambda: open(path, "rbt"),
            lambda: open(os.path.join(d, "missing.bin"), "rb")):
    try:
        bad()
    except (ValueError, OSError) as e:
        print(type(e).__name__ + ":", e if not isinstance(e, OSError) else e.strerror)
os.remove(path)
os.remove(out)
os.rmdir(d)
print(os.path.exists(d))
