x, w, name = 3.14159, 10, 'ada'
print(f'{x:.2f}|{x:>{w}.3}|{name!r}|{name!s:^9}|{name!a}|{{braces}}|{x:{w}.{2}f}')
print(f'{"nested " + f"{name.upper()}"}', f'{3 + 4}', f'{[1, 2][0]}', f'{"a" if x else "b"}')
print(f'{x=}', f'{name = }', f'{x=:.1f}', f'{name=!s}')
print(F'upper', rf'raw\n{name}', f'''multi
{name}''')
