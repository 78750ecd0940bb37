# nan, inf, -0.0 through compiled float code.
import math

nan = float("nan")
inf = float("inf")


def neg(x):
    return -x


def mulf(a, b):
    return a * b


def addf(a, b):
    return a + b


def cmp(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def mn(a, b):
    return min(a, b)


def mx(a, b):
    return max(a, b)


def cs(a, b):
    return math.copysign(a, b)


def is_nan(x):
    return x != x


def scale_loop(x, n):
    for i in range(n):
        x = x * 10.0
    return x


def shrink_loop(x, n):
    for i in range(n):
        x = x / 10.0
    return x


t = 0.0
for k in range(18000):
    f = k * 0.5
    t += neg(f) + mulf(f, 2.0) + addf(f, 1.0) + mn(f, 3.0) + mx(f, 3.0) + cs(f, -1.0)
    t += scale_loop(f, 2) + shrink_loop(f, 2)
    cmp(f, 1.0)
    is_nan(f)
print(t)
vals = [0.0, -0.0, 1.0, -1.0, inf, -inf, nan, 1e308, -1e308, 5e-324, -5e-324]
for v in vals:
    print(repr(v), repr(neg(v)), repr(mulf(v, -1.0)), repr(addf(v, v)), repr(addf(v, -v)), is_nan(v),
          repr(cs(1.0, v)), repr(mulf(v, 0.0)))
for a in vals[:7]:
    for b in vals[:7]:
        print(repr(a), repr(b), cmp(a, b), repr(mn(a, b)), repr(mx(a, b)))
print(repr(mulf(inf, 0.0)), repr(addf(inf, -inf)), repr(mulf(-inf, -inf)), repr(mulf(1e200, 1e200)))
print(repr(scale_loop(1.0, 310)), repr(scale_loop(-1.0, 310)), repr(shrink_loop(1.0, 330)),
      repr(shrink_loop(-1.0, 330)))
print(repr(scale_loop(1.5, 20)), repr(shrink_loop(1.5, 20)))
print(repr(mn(nan, 1.0)), repr(mn(1.0, nan)), repr(mx(nan, 1.0)), repr(mx(1.0, nan)))
print(repr(mn(0.0, -0.0)), repr(mn(-0.0, 0.0)), repr(mx(0.0, -0.0)), repr(mx(-0.0, 0.0)))
print(repr(mn(0, -0.0)), repr(mx(-0.0, 0)), repr(mn(-0.0, False)), repr(mx(1, 1.0)), repr(mx(1.0, 1)))
print(repr(cs(0.0, -0.0)), repr(cs(-0.0, 0.0)), repr(cs(inf, -1.0)), repr(cs(nan, -1.0)), repr(cs(2, -0.0)))
print(nan == nan, nan is nan, inf == inf, -inf < inf, 0.0 == -0.0, repr(0.0 * -1), repr(-0.0 + 0.0))
print(repr(1e16), repr(1e15 + 0.5), repr(123456789012345678.0), repr(0.1 + 0.2), repr(1 / 3))
print(repr(float(2**1023) * 2), repr(2.0**-1074), repr(2.0**-1075), repr(-(2.0**-1075)))
