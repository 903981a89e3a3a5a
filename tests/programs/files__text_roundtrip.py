# open() for text files: write, append, read, readline, readlines, iteration, with, tell/seek.
import os
import tempfile

d = tempfile.mkdtemp(prefix="specloop-files-")
path = os.path.join(d, "notes.txt")
try:
    with open(path, "w") as f:
        print(type(f).__name__, f.mode, f.name == path, f.closed, f.writable(), f.readable())
        print(f.write("first line\n"), f.write("second line\n"))
        f.writelines(["third\n", "fourth"])
    print("closed after with:", f.closed)

    with open(path) as f:
        print(repr(f.read()))
    with open(path, "r") as f:
        print(repr(f.readline()), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
        print(repr(f.readline()), repr(f.readline()), "(EOF gives empty strings)")
    with open(path) as f:
        print(f.readlines())
    with open(path) as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    with open(path) as f:
        print(repr(f.read(5)), repr(f.read(0)), repr(f.read(7)), repr(f.read()), repr(f.read()))

    with open(path, "a") as f:
        f.write("\nappended ünïcödé ☃\n")
    with open(path) as f:
        lines = [l.rstrip("\n") for l in f]
    print(lines)
    print("size", os.path.getsize(path), "chars", sum(len(l) + 1 for l in lines))

    with open(path) as f:
        first = f.readline()
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        again = f.read()
        f.seek(0)
        print(pos, rest == again, f.readline() == first)

    # print(file=...) writes to the file.
    with open(path, "w") as f:
        print("via print", 1, 2, sep="-", file=f)
        print("second", end="!\n", file=f)
    with open(path) as f:
        print(repr(f.read()))

    # Universal newlines on reading.
    with open(path, "w") as f:
        f.write("dos\r\nmac\rmixed\n")
    with open(path) as f:
        print(f.readlines())

    # Exclusive creation.
    try:
        open(path, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    with open(os.path.join(d, "new.txt"), "x") as f:
        f.write("made")
    print(sorted(os.listdir(d)))

    # Operations on closed files, wrong modes.
    f = open(path)
    f.close()
    f.close()
    for op in (f.read, f.readline, lambda: next(f), lambda: f.write("x")):
        try:
            op()
        except ValueError as e:
            print("ValueError:", e)
    with open(path) as f:
        try:
            f.write("nope")
        except OSError as e:
            print(type(e).__name__, e)
    with open(path, "a") as f:
        try:
            f.read()
        except OSError as e:
            print(type(e).__name__, e)
        try:
            f.write(5)
        except TypeError as e:
            print("TypeError:", e)
    for bad in ("rw", "q", "", "rr"):
        try:
            open(path, bad)
        except ValueError as e:
            print("ValueError:", e)
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
print("cleaned up:", not os.path.exists(d))
