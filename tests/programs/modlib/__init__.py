"""Fixture package for the import__*.py programs (not a program itself)."""
print("modlib init:", __name__, __package__)
VERSION = (1, 2)
