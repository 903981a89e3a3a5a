# A small expression evaluator written with match over nested tuples and classes.


class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


def parse(tokens):
    """Parses a prefix token list into a tree."""
    head, *rest = tokens
    match head:
        case int() | float():
            return Num(head), rest
        case "+" | "-" | "*" | "/" as op:
            left, rest = parse(rest)
            right, rest = parse(rest)
            return BinOp(op, left, right), rest
        case str(name) if name.isalpha():
            return Var(name), rest
        case _:
            raise SyntaxError(f"bad token {head!r}")


def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(name)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, Num(0)):
            return evaluate(l, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", _, Num(0)):
            return float("inf")
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)


def simplify(node):
    match node:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp(op, Num(a), Num(b)):
            return Num(evaluate(node, {}))
        case BinOp(op, l, r):
            sl, sr = simplify(l), simplify(r)
            if (sl, sr) != (l, r):
                return simplify(BinOp(op, sl, sr))
            return node
        case _:
            return node


def show(node):
    match node:
        case Num(value=v):
            return str(v)
        case Var(name=n):
            return n
        case BinOp(op=op, left=l, right=r):
            return f"({show(l)} {op} {show(r)})"


programs = [
    ["+", 1, 2],
    ["*", "+", "x", 3, "-", "y", 0],
    ["/", "x", 0],
    ["*", 0, "undefined"],
    ["+", 0, "*", 1, "z"],
    ["-", "*", 2, 3, "+", 1, 1],
    ["+", "x", "q"],
    ["?", 1],
]
env = {"x": 4, "y": 10, "z": 7}
for toks in programs:
    try:
        tree, rest = parse(toks)
        simple = simplify(tree)
        print(show(tree), "=>", show(simple), "=", evaluate(simple, env), rest)
    except (NameError, SyntaxError) as e:
        print(toks, "error:", type(e).__name__, e)
