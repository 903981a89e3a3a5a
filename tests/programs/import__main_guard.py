import modlib.guarded


def main():
    print("program main ran", __name__)


if __name__ == "__main__":
    main()
modlib.guarded.main()
