"""Module docstring."""
# __doc__, __annotations__ of modules and classes, annotations not evaluated in functions.

print(__doc__)
count: int = 0
label: "str"
print(__annotations__)


class Config:
    """A config class."""

    host: str = "localhost"
    port: int = 8080
    debug: bool
    tags: list = []

    def method(self):
        """Method doc."""
        local: UndefinedName = 5  # not evaluated in a function
        return local


class NoDoc:
    x = 1


print(Config.__doc__, Config.__annotations__)
print(NoDoc.__doc__, "__annotations__" in NoDoc.__dict__ if hasattr(NoDoc, "__dict__") else False)
print(Config().method(), Config.host, Config.port)
print(hasattr(Config, "debug"))

if True:
    nested: float = 1.5
for i in range(1):
    looped: int = i
print(sorted(__annotations__))


def f():
    x: int
    try:
        return x
    except UnboundLocalError as e:
        return "unbound: " + str(e)


print(f())
