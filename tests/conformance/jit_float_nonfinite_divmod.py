# Float // and % (and divmod) with an infinite or nan operand, in hot compiled code.
inf = float("inf")
nan = float("nan")


def fd(a, b):
    return a // b


def fm(a, b):
    return a % b


def dm(a, b):
    return divmod(a, b)


t = 0.0
for k in range(1, 18000):
    t += fd(k * 1.5, 2.0) + fm(k * 1.5, -2.0) + dm(k * 0.5, 3.0)[1]
print(t)
for a, b in [(inf, 2.0), (-inf, 2.0), (inf, -2.0), (nan, 1.0), (1.0, nan), (inf, inf), (-inf, inf), (nan, inf),
             (2.0, inf), (-2.0, inf), (2.0, -inf), (-2.0, -inf), (0.0, inf), (-0.0, -inf), (inf, 3), (7, inf)]:
    print(repr(a), repr(b), repr(fd(a, b)), repr(fm(a, b)), repr(dm(a, b)))
for k in range(2000):
    r = (fd(inf, 2.0), fm(inf, 2.0), fm(nan, 2.0), fd(2.0, nan))
print(r)
