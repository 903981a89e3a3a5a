# An uncaught UnboundLocalError from deleting a local twice.
def f():
    x = [1, 2]
    del x[0], x
    print("deleted")
    del x


f()
