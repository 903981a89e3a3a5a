value = 3
print("this must not run")


match value:
    case 3:
        print("three")
    case _:
        print("other")
