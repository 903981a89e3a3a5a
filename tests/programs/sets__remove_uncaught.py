# An uncaught KeyError from set.remove.
tags = {"a", "b"}
tags.remove("a")
print(sorted(tags))
tags.remove("a")
