def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print('zde', e)
        return 'handled'
    except (TypeError, ValueError):
        print('te/ve')
    else:
        print('else', r)
    finally:
        print('finally')
    return 'end'
for v in (2, 0, 'a'): print(f(v))
