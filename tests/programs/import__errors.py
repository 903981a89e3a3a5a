def show(e):
    msg = str(e).split(" (")[0]
    print(type(e).__name__, "|", msg, "|", e.name)


try:
    import no_such_module
except ImportError as e:
    show(e)
try:
    import modlib.no_such_sub
except ModuleNotFoundError as e:
    show(e)
try:
    import modlib.base.deeper
except ImportError as e:
    show(e)
try:
    from modlib import nothing_here
except ImportError as e:
    show(e)
try:
    from modlib.base import missing_name
except ImportError as e:
    show(e)
print(issubclass(ModuleNotFoundError, ImportError))
import no_such_module_at_all
