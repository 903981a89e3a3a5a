# break, continue and return may not leave an except* block: a compile-time SyntaxError,
# so nothing runs.
print("never printed")

for i in range(3):
    try:
        pass
    except* ValueError:
        for j in range(2):
            break
        if i:
            continue
