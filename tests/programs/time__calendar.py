# localtime/mktime/ctime/strftime-of-now assume the machine's zone is UTC (specloop refuses
# local time in other zones); gmtime and strftime of explicit tuples hold everywhere.
import time

for t in (0, -1.5, 86399.999, 951782400, 1578229445, 4102444800, -12219292800, True):
    g = time.gmtime(t)
    print(t, g, g.tm_zone, g.tm_gmtoff)
g = time.gmtime(1578229445)
print(g[0], g[-1], g[1:3], len(g), list(g), isinstance(g, tuple), type(g).__name__)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(tuple(time.localtime(1578229445)) == tuple(g), time.mktime(g), time.mktime((2020, 13, 1, 0, 0, 0, 0, 0, 0)))
print(type(time.gmtime()).__name__, time.gmtime().tm_year >= 2024, time.localtime().tm_year >= 2024)
print(time.asctime(g), time.ctime(0), time.ctime(1e9), len(time.asctime()), len(time.ctime()))
st = time.struct_time((2021, 1, 1, 0, 0, 0, 4, 1, 0))
print(st, st.tm_wday)

fmt = "%a %A %b %B %d %e %H %I %j %m %M %p %S %U %w %W %y %Y %C %D %F %T %R %r %u %V %G %g %h %k %l %P %%"
for t in (0, 1578229445, 1609459200, 1577750400, 951782400, 1230681600, 1262217600):
    print(time.strftime(fmt, time.gmtime(t)))
print(time.strftime("%c | %x | %X | %Z %z | %s", time.gmtime(1578229445)))
print(time.strftime("%Y-%m-%d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%a %j", (2020, 1, 1, 0, 0, 0, -1, 0, 0)), time.strftime("%a", (2020, 1, 1, 0, 0, 0, 9, 1, 5)))
print(time.strftime("plain text, no directives"), time.strftime(""), time.strftime("%Y %Z", (5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(len(time.strftime("%Y-%m-%d %H:%M:%S")))


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


ok = (2020, 1, 5, 13, 4, 5, 6, 5, 0)
attempt("fmt-int", time.strftime, 5)
attempt("fmt-tuple-int", time.strftime, "%Y", 5)
attempt("fmt-short", time.strftime, "%Y", (1, 2, 3))
attempt("fmt-float-item", time.strftime, "%Y", (2020.5,) + ok[1:])
for i, bad in ((1, 13), (2, 32), (3, 24), (4, 60), (5, 62), (6, -2), (7, 367), (1, -1)):
    t = list(ok)
    t[i] = bad
    attempt("range-%d-%d" % (i, bad), time.strftime, "%Y", tuple(t))
attempt("fmt-big-item", time.strftime, "%Y", (2**40,) + ok[1:])
attempt("fmt-kw", time.strftime, "%Y", t=ok)
attempt("gmtime-str", time.gmtime, "x")
attempt("gmtime-nan", time.gmtime, float("nan"))
attempt("gmtime-inf", time.gmtime, float("inf"))
attempt("gmtime-huge", time.gmtime, 2**70)
attempt("gmtime-two", time.gmtime, 1, 2)
attempt("mktime-int", time.mktime, 5)
attempt("mktime-short", time.mktime, (1, 2))
attempt("asctime-range", time.asctime, (2020, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("localtime-list", time.localtime, [1])
attempt("strftime-none", time.strftime)
attempt("strftime-three", time.strftime, "%Y", ok, 1)
attempt("mktime-none", time.mktime)
attempt("asctime-two", time.asctime, ok, ok)
attempt("ctime-two", time.ctime, 1, 2)
