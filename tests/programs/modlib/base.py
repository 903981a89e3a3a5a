print("base loading:", __name__, __package__)
LIMIT = 10
_hidden = "secret"
loads = 0


def double(x):
    return 2 * x


class Shape:
    sides = 0

    def describe(self):
        return type(self).__name__ + " with " + str(self.sides) + " sides"
