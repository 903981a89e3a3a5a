1 + 1
print('expression statement')
'docstring-like'
