x = 1
def f():
    global x
    del x
f()
try: x
except NameError as e: print(e)
