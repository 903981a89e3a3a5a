value = 3
print("this must not run")


def names():
    return dir()
