# Command dispatch with match on split strings, star captures, guards and or-patterns.


def run(line, state):
    match line.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            state["running"] = False
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            state["pos"].append(direction[0])
            return f"going {direction}"
        case ["go", other]:
            return f"unknown direction {other}"
        case ["take", item] if item in state["room"]:
            state["room"].remove(item)
            state["bag"].append(item)
            return f"took {item}"
        case ["take", item]:
            return f"no {item} here"
        case ["take", *items] if items:
            taken = [i for i in items if i in state["room"]]
            for i in taken:
                state["room"].remove(i)
                state["bag"].append(i)
            return f"took {len(taken)} of {len(items)}"
        case ["drop", *items, "all"]:
            dropped = state["bag"][:]
            state["room"].extend(dropped)
            state["bag"].clear()
            return f"dropped everything ({len(dropped)}) after {items}"
        case ["say", *words] if len(words) > 3:
            return "too long: " + " ".join(words[:3]) + "..."
        case ["say", *words]:
            return "said: " + " ".join(words)
        case [verb, *_] if verb.isdigit():
            return f"number {int(verb) * 2}"
        case [verb, *rest]:
            return f"unknown verb {verb} ({len(rest)} args)"


state = {"running": True, "pos": [], "room": ["key", "lamp", "coin", "map"], "bag": []}
script = [
    "", "go north", "go up", "take key", "take sword", "take lamp coin sword",
    "say hello there", "say one two three four five", "drop x y all", "42 things",
    "dance wildly now", "go west", "quit", "go south",
]
for line in script:
    if not state["running"]:
        print("(ignored)", line)
        continue
    print(f"{line!r:32} -> {run(line, state)}")
print(state)
