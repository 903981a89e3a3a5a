# File errors as CPython reports them.
import os
import tempfile

d = tempfile.mkdtemp()
missing = os.path.join(d, "missing.txt")
try:
    try:
        open(missing)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == missing)
        print(str(e).replace(d, "<tmp>"))
    try:
        open(d)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.remove(missing)
    except FileNotFoundError as e:
        print("remove:", e.errno, e.strerror)
    try:
        open(os.path.join(d, "no", "such", "dir.txt"), "w")
    except FileNotFoundError as e:
        print("write into missing dir:", e.errno)
    try:
        open(5.5)
    except TypeError as e:
        print("TypeError:", e)
    print(os.path.exists(missing), os.path.isdir(d), os.path.isfile(d))
    print(os.path.basename("/a/b/c.txt"), os.path.dirname("/a/b/c.txt"), os.path.join("a", "b", "/c", "d"))
finally:
    os.rmdir(d)

# An uncaught FileNotFoundError ends the program with CPython's last line.
open("/nonexistent-specloop-dir/file.txt")
