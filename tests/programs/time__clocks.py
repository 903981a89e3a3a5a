import time

# Never print clock values: only relations between them.
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
c0 = time.process_time()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__, type(c0).__name__)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(t0 > 1.6e9, abs(time.time_ns() / 1e9 - time.time()) < 1.0)
time.sleep(0.02)
time.sleep(0)
time.sleep(False)
m1 = time.monotonic()
print(m1 - m0 < 3600, m1 >= m0 + 0.02 - 1e-6, time.perf_counter() >= p0, time.process_time() >= c0)
readings = [time.monotonic() for _ in range(50)]
print(readings == sorted(readings))
ns = [time.monotonic_ns() for _ in range(20)]
print(ns == sorted(ns), all(isinstance(x, int) for x in ns))


def attempt(label, f, *args):
    try:
        f(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok")


attempt("sleep-str", time.sleep, "1")
attempt("sleep-none", time.sleep, None)
attempt("sleep-neg", time.sleep, -1)
attempt("sleep-negf", time.sleep, -0.5)
attempt("sleep-nan", time.sleep, float("nan"))
attempt("sleep-big", time.sleep, 10 ** 30)
attempt("sleep-noarg", time.sleep)
attempt("time-arg", time.time, 1)
attempt("monotonic-arg", time.monotonic, None)
