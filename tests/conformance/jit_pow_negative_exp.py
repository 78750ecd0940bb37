# Powers with negative exponents must be correctly rounded (as CPython's libm pow).
import math


def p(a, b):
    return a ** b


def mp(a, b):
    return math.pow(a, b)


t = 0.0
for k in range(1, 18000):
    t += p(k, -2) + p(k * 0.5, -1) + mp(2.0, -(k % 30))
print(repr(t))
for e in range(1, 23):
    print(e, repr(p(10, -e)), repr(p(10.0, -e)), repr(mp(10.0, -e)), repr(p(10, e * 1.0)), repr(p(3, -e)))
print(repr(p(7, -30)), repr(p(1.1, 50)), repr(p(0.1, 3)), repr(p(1.0000001, 1e7)))
for k in range(2000):
    r = p(10, -5)
print(repr(r))
