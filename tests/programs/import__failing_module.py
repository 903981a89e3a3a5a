for attempt in range(2):
    try:
        import modlib.broken
    except ZeroDivisionError as e:
        print("attempt", attempt, "failed:", e)
import modlib
print(hasattr(modlib, "broken"))
