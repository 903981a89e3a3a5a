print("circ_a start")
A_EARLY = "a-early"
from . import circ_b
A_LATE = "a-late, b sees " + circ_b.SEEN
