print("never printed: the compiler rejects the match below")


def f(x):
    match x:
        case [a, b]:
            return a + b
        case _:
            return 0
        case 1:
            return 1
