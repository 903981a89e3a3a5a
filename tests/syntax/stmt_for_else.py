for i, (a, *b) in enumerate([(1, 2, 3), (4,)]):
    print(i, a, b)
else: print('done')
for c in 'ab':
    for d in 'xy':
        if d == 'y': break
        print(c + d)
    else: print('no')
