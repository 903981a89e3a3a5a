# f-string '=' specifier, nested f-strings, conversions and format specs together.
import math

x = 3.14159
name = "Ada"
items = [1, 2, 3]
d = {"k": "v"}
print(f"{x=}")
print(f"{x = }")
print(f"{x=:.2f}")
print(f"{x = :>10.3f}|")
print(f"{name=!s}")
print(f"{name=!r:^12}|")
print(f"{name=!a}")
print(f"{items[1]=} {d['k']=} {len(items)=}")
print(f"{math.pi=:.4f} {math.floor(x)=}")
print(f"{x*2=}")
print(f"{ x + 1 =}")
print(f"{'nested ' + f'{name=}'=}")
print(f"{[i * i for i in items]=}")
print(f"{(lambda v: v + 1)(2)=}")
print(f"{name.upper()=:*<8}")
w, p = 12, 3
print(f"{x=:{w}.{p}f}|")
print(f"{True=} {None=} {...=}")
print(f"{3 if x > 3 else 4=}")
