# int.to_bytes / int.from_bytes round trips, signedness, byte orders and errors.
for n in (0, 1, 255, 256, 65535, 2**31, 2**64 - 1, 2**64, 2**100 + 7):
    for order in ("big", "little"):
        length = max(1, (len(format(n, 'x')) + 1) // 2)
        b = n.to_bytes(length, order)
        print(n, order, b, int.from_bytes(b, order), int.from_bytes(b, byteorder=order) == n)
for n in (-1, -128, -129, 127, -(2**63), 2**63 - 1, -(2**70)):
    length = len(format(abs(n), 'x')) // 2 + 1
    b = n.to_bytes(length, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True), int.from_bytes(b, "big"))
print((1024).to_bytes(2, byteorder="little"), (1024).to_bytes(length=4), (5).to_bytes(),
      (0).to_bytes(0, "big"), True.to_bytes(1, "big"), int.to_bytes(258, 2, "little"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True),
      int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes((x for x in [0, 1]), "little"))
checksum = 0
for i in range(200):
    checksum ^= int.from_bytes((i * 7919).to_bytes(4, "little"), "big")
print("checksum", checksum)
for bad in (lambda: (300).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
            lambda: (128).to_bytes(1, "big", signed=True), lambda: (5).to_bytes(1, "middle"),
            lambda: (5).to_bytes(-1, "big"), lambda: (5).to_bytes(1.0, "big"),
            lambda: (5).to_bytes(1, "big", True), lambda: int.from_bytes(5, "big"),
            lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes(b"\x01", 5),
            lambda: int.from_bytes([256], "big"), lambda: (1).to_bytes(0, "big")):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
