from modlib.raiser import check

print(check(1), check(2))
print(check(3))
