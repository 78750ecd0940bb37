# Mixed int/float comparisons with ints beyond 2**53, and int() of floats.


def eq(a, b):
    return a == b


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def ne(a, b):
    return a != b


def to_int(x):
    return int(x)


def to_float(x):
    return float(x)


def count_equal(base, f):
    n = 0
    for d in range(-3, 4):
        if base + d == f:
            n += 1
    return n


t = 0
for k in range(18000):
    if eq(k, k * 1.0):
        t += 1
    if lt(k, k + 0.5):
        t += 1
    if le(k * 1.0, k):
        t += 1
    if ne(k, k + 0.25):
        t += 1
    t += to_int(k * 0.75) + to_int(to_float(k))
    t += count_equal(k, float(k))
print(t)
P = 2**53
pairs = [(P, 2.0**53), (P + 1, 2.0**53), (P + 2, 2.0**53 + 2), (P - 1, 2.0**53 - 1),
         (2**63, 2.0**63), (2**63 - 1, 2.0**63), (-(2**63), -(2.0**63)), (-(2**63) - 1, -(2.0**63)),
         (2**64 + 1, 2.0**64), (10**30, 1e30), (10**400, float("inf")), (-(10**400), float("-inf")),
         (1, float("nan")), (2**1024, 1.7976931348623157e308), (0, -0.0), (3, 3.0000000000000004)]
for a, b in pairs:
    print(eq(a, b), eq(b, a), lt(a, b), lt(b, a), le(a, b), le(b, a), ne(a, b))
print(count_equal(P, 2.0**53), count_equal(2**63 - 2, 2.0**63), count_equal(2**63, 2.0**63))
print(count_equal(-(2**63) + 1, -(2.0**63)))
fl = [0.0, -0.0, 0.5, -0.5, 0.9999999, -0.9999999, 1.5, -1.5, 2.5, -2.5, 1e15 + 0.5, 2.0**53, 2.0**53 + 2,
      9.2233720368547748e18, 2.0**63, -(2.0**63), 2.0**64, -(2.0**64), 1e20, -1e20, 1e300, 1.7976931348623157e308,
      True, False, 7, 2**70]
for x in fl:
    print(repr(x), to_int(x))
for x in (float("inf"), float("-inf"), float("nan")):
    try:
        to_int(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for x in (2**53 + 1, 2**63, 2**63 - 1, -(2**63), 2**64 + 2**11, 10**308):
    print(x, repr(to_float(x)))
try:
    to_float(10**309)
except OverflowError as e:
    print("OverflowError", e)
for k in range(2000):
    r = (eq(P + 1, 2.0**53), lt(2.0**53, P + 1), to_int(2.0**63), to_int(-(2.0**63)), to_int(1e19))
print(r)
