import random


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


random.seed(12345)
for alpha in (0.3, 0.999, 1.0, 1, 2.5, 7, 40.0):
    print("gamma", alpha, [random.gammavariate(alpha, 2.0) for _ in range(4)])
print("gamma int beta", random.gammavariate(3, 2))
for a, b in ((0.5, 0.5), (2, 5), (1.0, 1.0), (9.5, 0.1)):
    print("beta", a, b, [random.betavariate(a, b) for _ in range(4)])
for mu, kappa in ((0.0, 0.0), (1.0, 1e-7), (0.5, 0.5), (3, 4), (-2.0, 50.0)):
    print("vonmises", mu, kappa, [random.vonmisesvariate(mu, kappa) for _ in range(4)])
print("after", random.random())

r = random.Random(99)
print("instance", r.gammavariate(1.5, 1.0), r.betavariate(alpha=3, beta=2), r.vonmisesvariate(kappa=2, mu=1))
r2 = random.Random(99)
print("same", r2.gammavariate(1.5, 1.0))

attempt("gamma-zero", random.gammavariate, 0, 1)
attempt("gamma-neg-beta", random.gammavariate, 1, -1)
attempt("gamma-str", random.gammavariate, "a", 1)
attempt("gamma-missing", random.gammavariate, 1)
attempt("beta-bad", random.betavariate, 1, 0)
attempt("beta-many", random.betavariate, 1, 2, 3)
attempt("vonmises-str-mu", random.vonmisesvariate, "x", 1.0)
attempt("vonmises-str-kappa", random.vonmisesvariate, 0.0, "k")
attempt("vonmises-kw", random.vonmisesvariate, 0.0, kap=1)
