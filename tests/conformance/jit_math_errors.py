# math domain and range errors raised from compiled code.
import math


def root(x):
    return math.sqrt(x)


def lg(x):
    return math.log(x)


def ex(x):
    return math.exp(x)


def fl(x):
    return math.floor(x)


def cl(x):
    return math.ceil(x)


def tr(x):
    return math.trunc(x)


def to_int(x):
    return int(x)


def acos_(x):
    return math.acos(x)


def root_sum(n, start):
    s = 0.0
    for i in range(n):
        s += math.sqrt(start + i)
    return s


t = 0.0
for k in range(1, 18000):
    t += root(k) + lg(k) + ex(-k * 0.01) + fl(k * 0.3) + cl(k * 0.3) + tr(-k * 0.3) + to_int(k * 0.7) + acos_(1.0 / k)
    t += root_sum(3, k)
print(repr(t))
for f in (root, lg, ex, fl, cl, tr, to_int, acos_):
    for x in (-1.0, -1, 0.0, -0.0, 0, 1e308, 1000.0, float("inf"), float("-inf"), float("nan"), 2.0, 2**2000):
        try:
            print(f.__name__, repr(x), repr(f(x)))
        except ValueError as e:
            print(f.__name__, repr(x), "ValueError", e)
        except OverflowError as e:
            print(f.__name__, repr(x), "OverflowError", e)
try:
    root_sum(5, -2.0)
except ValueError as e:
    print("ValueError", e)
n = 0
for k in range(2000):
    try:
        root_sum(3, k % 5 - 3)
    except ValueError:
        n += 1
print(n)
for x in (1e15, 1e16, 1e17, 1e300, -1e300, 2.0**63, 2.0**64, -(2.0**63) - 2048):
    print(repr(x), fl(x), cl(x), tr(x), to_int(x))
