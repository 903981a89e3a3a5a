# Literal patterns: equality versus identity, numbers of different types, strings, negatives.


def classify(v):
    match v:
        case True:
            return "True (identity)"
        case False:
            return "False (identity)"
        case None:
            return "None"
        case 0:
            return "zero (== 0)"
        case 1:
            return "one (== 1)"
        case -2.5:
            return "minus two and a half"
        case 1e3:
            return "a thousand"
        case "":
            return "empty string"
        case "a" "b":
            return "concatenated ab"
        case (1, 2) | [1, 2]:
            return "one-two sequence"
        case ():
            return "empty sequence"
        case [[]]:
            return "list holding an empty sequence"
        case _:
            return f"other {type(v).__name__}"


for v in [True, False, None, 0, 0.0, 1, 1.0, -2.5, 1000, 1000.0, "", "ab", (1, 2), [1, 2],
          (), [], [[]], [()], "x", 2]:
    print(repr(v), "->", classify(v))


class AlwaysEqual:
    def __eq__(self, other):
        return True


print(classify(AlwaysEqual()) if False else "skip")
match AlwaysEqual():
    case 42:
        print("AlwaysEqual matches 42 by ==")
match AlwaysEqual():
    case None:
        print("never: None is matched by identity")
    case _:
        print("None pattern uses identity")
