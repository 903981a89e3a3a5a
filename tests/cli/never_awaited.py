# Coroutines that never start: CPython warns on stderr when each dies ("never awaited"),
# once per line; close() on a never-started coroutine silences it.
async def fetch(n):
    return n


class Client:
    async def get(self):
        return 1


fetch(1)
for i in range(3):
    Client().get()
fetch(2).close()
kept = fetch(3)
print("stdout is unaffected")
