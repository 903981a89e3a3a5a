value = 3
print("this must not run")


try:
    value = 4
except* ValueError:
    print("other")
