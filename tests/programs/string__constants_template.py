import string
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace), len(string.printable))
print(string.capwords("the quick  brown fox"), string.capwords("a-b-c", "-"))
t = Template("$who likes ${what}; costs $$${price}")
print(t.substitute(who="tim", what="kung pao", price=10))
print(t.substitute({"who": "ann", "what": "tea", "price": 2}))
print(t.safe_substitute(who="x"))
print(t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
bad = Template("cost: $ 5")
print(bad.is_valid(), bad.safe_substitute())
try:
    bad.substitute()
except ValueError as e:
    print("ValueError", e)
print(sum(1 for c in "Hello, World! 42" if c in string.punctuation))
