# math functions in compiled code, printed with repr.
import math


def f_sqrt(x):
    return math.sqrt(x)


def f_exp(x):
    return math.exp(x)


def f_log(x):
    return math.log(x)


def f_log2(x):
    return math.log2(x)


def f_log10(x):
    return math.log10(x)


def f_sin(x):
    return math.sin(x)


def f_cos(x):
    return math.cos(x)


def f_tan(x):
    return math.tan(x)


def f_atan(x):
    return math.atan(x)


def f_atan2(y, x):
    return math.atan2(y, x)


def f_hypot(x, y):
    return math.hypot(x, y)


def f_floor(x):
    return math.floor(x)


def f_ceil(x):
    return math.ceil(x)


def f_fabs(x):
    return math.fabs(x)


def f_trunc(x):
    return math.trunc(x)


def combo(x):
    return math.sqrt(abs(x)) + math.exp(-abs(x)) + math.sin(x) * math.cos(x) + math.floor(x) - math.ceil(x)


def integrate(n):
    h = math.pi / n
    s = 0.0
    for i in range(n):
        s += math.sin((i + 0.5) * h) * h
    return s


def g(v):
    # 12 significant digits: libm implementations differ in the last bit
    if isinstance(v, float):
        return "%.12g" % v
    return repr(v)


t = 0.0
for k in range(1, 15000):
    x = k * 0.01
    t += f_sqrt(x) + f_exp(-x) + f_log(x) + f_log2(x) + f_log10(x) + f_sin(x) + f_cos(x) + f_tan(x) + f_atan(x)
    t += f_atan2(x, 1.0) + f_hypot(x, 2.0) + f_floor(x) + f_ceil(x) + f_fabs(-x) + f_trunc(x) + combo(x)
print(g(t))
xs = [0.0, -0.0, 0.5, 1.0, 2.0, 3.0, 10.0, 100.0, 1e-10, 1e10, 1e300, 5e-324, 0.1, math.pi, math.e, 2, 7, 2**60, True]
for x in xs:
    print(repr(x), repr(f_sqrt(x)), g(f_exp(-x)), g(f_sin(x)), g(f_cos(x)), g(f_tan(x)), g(f_atan(x)))
for x in xs[2:]:
    print(repr(x), g(f_log(x)), g(f_log2(x)), g(f_log10(x)))
ys = [0.0, -0.0, 0.4, 0.5, 0.6, -0.5, -1.5, 2.5, -2.5, 1e15 + 0.5, -1e15 - 0.5, 4503599627370495.5, 1e20, -1e20,
      2.0**63, -(2.0**63), 1e300, -1e300, 7, -7, True, 2**80]
for x in ys:
    print(repr(x), f_floor(x), f_ceil(x), repr(f_fabs(x)), f_trunc(x))
pts = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0),
       (1.0, 1.0), (-1.0, -1.0), (3.0, 4.0), (1e300, 1e300), (5e-324, 5e-324), (float("inf"), 1.0),
       (1.0, float("inf")), (float("inf"), float("-inf")), (3, 4), (-5, 12)]
for y, x in pts:
    print(repr(y), repr(x), g(f_atan2(y, x)), g(f_hypot(y, x)))
print(g(f_exp(709.0)), g(f_exp(-745.0)), g(f_exp(-746.0)), g(f_exp(float("-inf"))))
print(g(f_sqrt(float("inf"))), g(f_sqrt(float("nan"))), g(f_log(float("inf"))), g(f_atan(float("inf"))))
print(g(f_fabs(float("-inf"))), g(f_hypot(float("nan"), float("inf"))), g(f_sin(1e22)), g(f_cos(1e22)))
print(g(f_log(2**1000)), g(f_log2(2**1000)), g(f_log10(10**400)), g(f_sqrt(2**1000)))
print(g(integrate(10)), g(integrate(1000)), g(integrate(100000)))
print([g(combo(x)) for x in (-2.5, -1.0, 0.0, 0.5, 3.7)])
