# The format-spec mini-language for ints and floats: fill, align, sign, #, 0, width,
# grouping, precision and every presentation type.

ints = [0, 7, -7, 42, -42, 255, 1234567, -1234567, 10 ** 20, -(2 ** 70), True]
int_specs = [
    "", "d", "5d", "<6d", ">6d", "^7d", "*^9d", "+d", "-d", " d", "08d", "+08d", "=+8d",
    ",d", "_d", "012,d", "b", "#b", "08b", "_b", "o", "#o", "x", "#x", "X", "#X", "_x",
    "#010x", "c", "n", "e", ".2e", "f", ".1f", "%", ".0%", "g", "G", "#o", "-^+10d",
    "0=10d", "010,", ",", "_",
]
for n in ints:
    row = []
    for spec in int_specs:
        if spec == "c" and not (0 <= n < 0x110000):
            continue
        try:
            row.append(f"[{format(n, spec)}]")
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(n, " ".join(row))

floats = [0.0, -0.0, 1.5, -2.25, 3.14159265358979, 1e-7, 123456789.125, 1e22, -1e300,
          float("inf"), float("-inf"), float("nan"), 0.1, 2.5, 1 / 3]
float_specs = [
    "", "f", ".0f", ".3f", "10.2f", "<10.2f", "^12.3f", "+.2f", " .1f", "010.3f", ",.2f",
    "_.1f", "e", ".3e", "E", "g", ".3g", "G", ".10g", "#g", "#.3g", "%", ".1%", "n", "#.0f",
    "*>12.4e", "=+12.2f", ".2", "10", "r" if False else "",
]
for x in floats:
    row = []
    for spec in float_specs:
        try:
            row.append(f"[{format(x, spec)}]")
        except ValueError as e:
            row.append(f"<{e}>")
    print(repr(x), " ".join(row))

# Errors CPython reports for bad specs.
for value, spec in [(5, "s"), (5.0, "d"), ("x", "d"), (5, ",b"), (5, ".2d"), (5, "z"),
                    (5.5, "c"), ("s", "+"), ("s", "="), (5, "=,_d"), (-1, "c"),
                    (5, "10.2.3f"), (5, "<<<")]:
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(value), repr(spec), "->", type(e).__name__, e)
