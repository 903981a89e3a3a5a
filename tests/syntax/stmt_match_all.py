def m(x):
    match x:
        case 0 | 1: return 'small'
        case [a, *rest]: return f'seq {a} {rest}'
        case {'k': v, **kw}: return f'map {v} {kw}'
        case str() as s if s: return 's'
        case _: return 'other'
print([m(v) for v in (0, [1, 2], {'k': 1, 'j': 2}, 'x', '', None)])
