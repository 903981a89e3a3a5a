print("broken starts")
attempts = 1
value = 1 // 0
