inventory = {"apples": 3, "pears": 0}


def take(item, n):
    have = inventory[item]
    if have < n:
        raise ValueError("not enough " + item)
    inventory[item] = have - n
    return inventory[item]


print(take("apples", 2))
try:
    take("pears", 1)
except ValueError as e:
    print("handled:", str(e))
print(inventory)
print(take("plums", 1))
