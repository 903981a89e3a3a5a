x = 3.14159
n = 42
name = "bob"
items = [1, 2, 3]
print(f"{x:.2f} {x:.0f} {x:.5f} {n:5d}|{n:>5}|{name:>6}|{-7:5d}|")
print(f"{n} {name} {items} {x} {n * 2} {n + 0.5} {name + '!'}")
d = {"k": 7, "z": [1, 2]}
print(f"value={d['k']} list={d['z']} len={len(d)}")
print(f"{2 ** 70:5d} {1e16:.2f} {0.125:.2f} {0.375:.2f} {2.5:.0f} {3.5:.0f} {-0.001:.2f}")
print(f"{float('inf'):.2f} {1 / 3:.3f} {2 / 3:.1f} {100:>8} {True} {None} {3.0}")
print(f"{'x':>3}{'yy':>3}{'zzz':>3}|{12345678:5d}|{0:5d}|")
for i in range(1, 6):
    print(f"{i:3d} {i * i:4d} {i ** 0.5:.3f} {str(i) * i:>6}")
print("%d" % 42, "%s" % "str", "%r" % "str", "%f" % 2.5, "%.3f" % (1 / 3), "%5d|" % 42)
print("%x" % 255, "%x" % 4096, "%x" % (2 ** 70), "%d %s" % (1, "a"), "%s and %r" % ("x", "y"))
print("%d" % 3.7, "%d" % -3.7, "%s" % [1, "a"], "%r" % [1, "a"], "%s" % None, "%s" % 1.5)
print("%5d|" % -42, "%.3f" % 2, "%f" % 1e-7, "%.3f" % -0.0005)
print("%s=%d" % ("total", 2 ** 64), "%s" % (3,), "[%s]" % "", "%r" % 1.0, "%r" % None)
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for fruit, qty, price in rows:
    print("%s: %d x %.2f = %.2f" % (fruit, qty, price, qty * price))
    print(f"{fruit:>12}|{qty:5d}|{price:.2f}|{qty * price:>8}")
total = sum(q * p for f, q, p in rows)
print(f"total {total:.2f}", "total %f" % total, "total %s" % total)
