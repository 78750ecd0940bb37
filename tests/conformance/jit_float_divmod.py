# Float floor division and modulo: negatives, zero divisors, infinities.


def fdiv(a, b):
    return a // b


def fmod(a, b):
    return a % b


def tdiv(a, b):
    return a / b


def both(a, b):
    return divmod(a, b)


def loop(a, b, n):
    s = 0.0
    for i in range(n):
        s += (a + i) // b + (a - i) % b
    return s


t = 0.0
for k in range(18000):
    x = k * 0.75 - 1000.0
    t += fdiv(x, 3.5) + fmod(x, -3.5) + tdiv(x, 1.25) + loop(x, 2.5, 3)
print(t)
cases = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (7.5, 0.5), (1.0, 3.0), (-1.0, 3.0), (1e-320, 1.0),
         (-1e-320, 1.0), (1e308, 1e-308), (0.0, -1.0), (-0.0, -1.0), (3.0, float("inf")), (-3.0, float("inf")),
         (3.0, float("-inf")), (-3.0, float("-inf")),
         (6.0, 1.5), (-6.0, 1.5), (2.0**60, 3.0), (5, 0.3), (-5, 0.3), (0.1, 0.01)]
for a, b in cases:
    print(repr(a), repr(b), repr(fdiv(a, b)), repr(fmod(a, b)), repr(tdiv(a, b)), repr(both(a, b)))
for a, b in [(1.0, 0.0), (1.0, -0.0), (0.0, 0.0), (1, 0.0), (1.0, 0), (float("inf"), 0.0), (-2.5, False)]:
    for f in (fdiv, fmod, tdiv, both):
        try:
            f(a, b)
        except ZeroDivisionError as e:
            print(f.__name__, repr(a), repr(b), "ZeroDivisionError", e)
for b in (2.5, -2.5, 0.5, -0.1):
    print(loop(-10.0, b, 20), loop(10.0, b, 21))
try:
    loop(1.0, 0.0, 5)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
