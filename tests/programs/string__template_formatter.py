import string
from string import Template

t = Template("$who likes ${what}; $$5 costs $price")
print(t.substitute(who="tim", what="kung pao", price=3))
print(t.substitute({"who": "ann", "what": "tea"}, price=1))
print(t.safe_substitute(who="bob"))
print(t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)
try:
    Template("x ${oops").substitute(oops=1)
except ValueError as e:
    print("ValueError", e)
print(Template("bad $ and $ok").safe_substitute(ok=1))


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %{age}%% sure").substitute(name="Al", age=30))


class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"


print(Template("$a.b").substitute(a="A"))
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.ascii_lowercase.upper() == string.ascii_uppercase)
print(Template("$x$y").substitute(x=1, y=2), Template("${x}y").substitute(x=0))
print(Template("$x").get_identifiers() if hasattr(Template, "get_identifiers") else "")
print(Template("$a $b $a ${c}").get_identifiers(), Template("$a $").is_valid())
