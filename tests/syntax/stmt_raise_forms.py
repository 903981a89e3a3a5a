try:
    raise ValueError
except ValueError as e: print(repr(e))
try:
    raise KeyError('k') from None
except KeyError as e: print(repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e: print('reraised', e)
