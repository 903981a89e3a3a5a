print("never printed")
print(f"{1!a=}")
