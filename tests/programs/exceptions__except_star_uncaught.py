# The part of a group no except* clause matches propagates; uncaught, the run ends with the
# group's traceback and exit status 1.


def work():
    raise ExceptionGroup("jobs failed", [ValueError("bad value"), TypeError("bad type"),
                                         KeyError("missing")])


def main():
    try:
        work()
    except* ValueError as e:
        print("handled", repr(e))
    except* KeyError as e:
        print("handled", repr(e))
    print("not reached")


print("start")
main()
