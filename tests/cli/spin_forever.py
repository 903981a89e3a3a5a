# Prints "ready", then spins until interrupted.
print("ready", flush=True)
n = 0
while True:
    n += 1
