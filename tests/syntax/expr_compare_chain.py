calls = []
def v(x): calls.append(x); return x
print(v(1) < v(2) < v(3), v(3) < v(2) < v(5), calls)
print(1 == 1.0, 'a' != 'b', 2 >= 2, 3 <= 2, [1] is [1], None is not None, 1 in [1], 2 not in (1,))
