print(b'abc', b'\x00\xff', rb'\n', len(b'xyz'), b'a' + b'b', b'abc'[1], list(b'hi'))
