assert True
assert 1, 'msg'
try:
    assert False
except AssertionError as e: print('bare', repr(e))
try:
    assert 0, ('tuple', 1)
except AssertionError as e: print(e.args)
