def a(): return
def b(): return 1, 2
def c(): return *[1, 2], 3
def d():
    try:
        return 'try'
    finally:
        print('finally runs')
print(a(), b(), c(), d())
