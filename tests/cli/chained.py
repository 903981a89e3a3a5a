class StoreError(Exception):
    pass


def load(key):
    raise KeyError(key)


def fetch(key):
    try:
        load(key)
    except KeyError as e:
        raise StoreError("cannot fetch " + key) from e


def main():
    try:
        fetch("a")
    except StoreError:
        raise RuntimeError("giving up")


main()
