for v in range(4):
    if v == 0: print('zero')
    elif v == 1: print('one')
    elif v == 2:
        print('two')
    else: print('many')
