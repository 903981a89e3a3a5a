import modlib.circ_a

print(modlib.circ_a.A_LATE)
print(modlib.circ_b.SEEN)
