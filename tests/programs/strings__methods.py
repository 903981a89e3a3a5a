s = "  Hello, World  "
print("[" + s.strip() + "]", "[" + s.lower() + "]", "[" + s.upper() + "]")
t = s.strip()
print(t.replace("l", "L"), t.replace("l", "", 2), t.replace("xyz", "!"))
print(t.startswith("Hell"), t.startswith("World"), t.endswith("ld"), t.endswith(""))
print(t.find("o"), t.find("o", 5), t.find("zz"), t.find(""), t.find("World"))
print(t.split(","), "a,b,,c".split(","), "  one two   three ".split(), "abc".split("b"))
print("a--b--c".split("--"), "".split(), "x".split(","), "1 2 3".split(" "))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), " ".join("abc"))
print("xxhixx".strip("x"), "\t\n spaced \n".strip(), "..a.b..".strip("."))
print(t[0], t[-1], t[1:5], t[:5], t[7:], t[::2], t[::-1], t[-5:-1], t[100:], t[2:2])
print(len(t), len(""), t * 2, "ab" * 3, "-" * 0, "a" + "b" + "c")
print("ell" in t, "xyz" in t, "" in t, "H" not in t)
print("apple" < "banana", "apple" < "Apple", "abc" == "abc", "abc" != "abd", "b" > "abc")
words = "the quick brown fox jumps over the lazy dog".split()
print(words)
print([w.upper() for w in words if len(w) > 3])
print(" ".join([w[::-1] for w in words]))
caps = ""
for w in words:
    caps += w[0].upper() + w[1:] + " "
print(caps.strip())
print(str(42), str(-3.5), str(None), str(True), str([1, "a", None]), str((1,)), str({"k": "v"}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("new\nline"))
print(repr("back\\slash"), repr(""), repr("a" * 3), ["it's", 'q"q', "plain"])
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count, "mississippi".find("ss"), "mississippi".replace("ss", "SS"))
line = "name=alice;age=30;city=paris"
pairs = {}
for part in line.split(";"):
    kv = part.split("=")
    pairs[kv[0]] = kv[1]
print(pairs, int(pairs["age"]) + 1)
print("Hello"[1:4].upper().lower().startswith("el"), "A1b2".lower(), "MiXeD".upper())
