import modlib
import modlib.shapes
import modlib.shapes as sh
from modlib.shapes import Square, Triangle

print(modlib.VERSION, modlib.__name__)
print(modlib.shapes is sh, sh.__name__, sh.__package__)
print(Square().describe(), Triangle().describe())
print(sh.total_sides([Square(), Triangle(), Square()]))
print(modlib.base.LIMIT, hasattr(modlib, "sub"))
print(__name__, __package__)
