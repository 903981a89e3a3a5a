def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = False
                m += p
        p += 1
    return [i for i in range(limit + 1) if flags[i]]


primes = sieve(2000)
print(len(primes), primes[:10], primes[-3:], sum(primes))


def bubble_sort(values):
    a = list(values)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a


def merge_sort(values):
    if len(values) <= 1:
        return values
    mid = len(values) // 2
    left = merge_sort(values[:mid])
    right = merge_sort(values[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1000)
print(data[:8])
b = bubble_sort(data)
m = merge_sort(data)
print(b == m, m == sorted(data), m[:5], m[-5:])


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), gcd(17, 5), [gcd(12, k) for k in range(1, 13)])


def queens(n):
    count = 0
    cols = []

    def safe(row, col):
        for r, c in enumerate(cols):
            if c == col or r - c == row - col or r + c == row + col:
                return False
        return True

    def place(row):
        if row == n:
            return 1
        found = 0
        for col in range(n):
            if safe(row, col):
                cols.append(col)
                found += place(row + 1)
                cols.pop()
        return found
    count = place(0)
    return count


print([queens(n) for n in range(1, 8)])


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    if neg:
        n = -n
    while n > 0:
        out = digits[n % base] + out
        n //= base
    return "-" + out if neg else out


print(to_base(255, 2), to_base(255, 16), to_base(-42, 7), to_base(2 ** 100, 36), to_base(0, 3))
