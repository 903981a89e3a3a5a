# An uncaught NameError from deleting an unbound global.
counter = 0
del counter
print("deleted once")
del counter
