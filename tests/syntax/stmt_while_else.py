i = 0
while i < 5:
    i += 1
    if i == 2: continue
    if i == 4: break
    print(i)
else: print('not reached')
while False: pass
else: print('else runs')
