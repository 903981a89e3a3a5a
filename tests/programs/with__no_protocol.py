# Uncaught TypeError: the object lacks __enter__.
class Exits:
    def __exit__(self, *a):
        return False


print("start")
with Exits() as e:
    print("unreachable")
