print("circ_b start")
from . import circ_a
SEEN = circ_a.A_EARLY
print("circ_b sees late?", hasattr(circ_a, "A_LATE"))
