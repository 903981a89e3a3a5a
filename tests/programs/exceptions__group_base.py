# BaseExceptionGroup with KeyboardInterrupt / SystemExit / GeneratorExit leaves, and except*
# clauses for base exceptions.


def run(label, exc):
    print("--", label)
    try:
        try:
            raise exc
        except* KeyboardInterrupt as e:
            print("KeyboardInterrupt clause:", repr(e), type(e).__name__)
        except* Exception as e:
            print("Exception clause:", repr(e), type(e).__name__)
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))


run("naked KeyboardInterrupt", KeyboardInterrupt())
run("naked SystemExit", SystemExit(3))
run("mixed", BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt(), SystemExit(2)]))
run("exceptions only", BaseExceptionGroup("plain", [ValueError(1)]))

try:
    raise BaseExceptionGroup("b", [SystemExit(5), GeneratorExit()])
except* BaseException as e:
    print("everything:", repr(e), type(e).__name__)

try:
    try:
        raise BaseExceptionGroup("b", [SystemExit(5), ValueError(1)])
    except* ValueError:
        pass
except SystemExit:
    print("not a plain SystemExit")
except BaseExceptionGroup as e:
    print("rest:", repr(e), e.exceptions[0].code)

try:
    try:
        raise KeyboardInterrupt("k")
    except* ValueError:
        pass
except KeyboardInterrupt as e:
    print("naked rest stays naked:", repr(e))

g = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
print(isinstance(g, Exception), type(g.subgroup(ValueError)).__name__,
      type(g.subgroup(KeyboardInterrupt)).__name__)
print(BaseExceptionGroup("exiting", [SystemExit(7)]).exceptions[0].code)
