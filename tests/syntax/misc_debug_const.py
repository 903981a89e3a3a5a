print(__debug__)
if __debug__: print('debug on')
