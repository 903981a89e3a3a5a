def checksum(values):
    total = 0
    for i, v in enumerate(values):
        total += (i + 1) * v
    return total


data = [3, 1, 4, 1, 5, 9, 2, 6]
print("checksum", checksum(data))
assert checksum(data) == 162, "first check"
print("first check passed")
data.append(5)
print("checksum", checksum(data))
assert checksum(data) == 162, "checksum changed to " + str(checksum(data))
print("not reached")
