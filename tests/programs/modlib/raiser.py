def check(x):
    if x > 2:
        raise ValueError("too big: " + str(x))
    return x
