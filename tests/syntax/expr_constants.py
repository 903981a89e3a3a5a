print(1_000_000, 0xff, 0o17, 0b1010, 1e10, 1.5e-7, .5, 5., 10 ** 20, 'a' 'b', "dq", '''tri''')
print(True, False, None, ..., type(...).__name__)
print('\t\x41\u00e9\N{GREEK SMALL LETTER ALPHA}\101', r'\n', len('\n'))
