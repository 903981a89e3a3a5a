# Prints "ready", then blocks in time.sleep until interrupted.
import time

print("ready", flush=True)
time.sleep(3600)
