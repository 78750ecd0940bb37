# Full-precision repr of libm results (CPython uses the platform libm; must match to the last bit).
import math


def ex(x):
    return math.exp(x)


def lg(x):
    return math.log(x)


def co(x):
    return math.cos(x)


def ta(x):
    return math.tan(x)


def at2(y, x):
    return math.atan2(y, x)


t = 0.0
for k in range(1, 18000):
    t += ex(-k * 0.001) + lg(k) + co(k * 0.01) + ta(k * 0.001) + at2(k, 3.0)
print("%.10g" % t)
print(repr(ex(-10.0)), repr(co(0.1)), repr(ta(math.pi)), repr(lg(3.0)), repr(ta(7.0)), repr(at2(-5.0, 12.0)))
print(repr(ex(1.0)), repr(ex(0.5)), repr(lg(10.0)), repr(co(1.0)), repr(ta(1.0)), repr(at2(1.0, 3.0)))
