from modlib.sub import leaf_value
from modlib.sub import leaf, sibling
import modlib.sub.leaf

print(leaf_value(), leaf.L, sibling.Y)
print(modlib.sub.leaf is leaf, leaf.__name__, leaf.__package__)
print(modlib.sub.__package__, modlib.sub.__name__)
