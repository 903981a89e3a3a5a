def g():
    x = yield
    y = yield x
    z = yield from [y, y]
    yield (yield 'nested')
it = g()
print(next(it), it.send('a'), it.send('b'), next(it), next(it), it.send('n'))
