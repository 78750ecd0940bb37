# An uncaught OverflowError from float code deep in compiled calls, after an int overflow.
import math


def grow(x, n):
    for i in range(n):
        x = x * x
    return x


def expo(x):
    return math.exp(x)


def chain(n):
    return expo(float(grow(2, n)))


for k in range(12000):
    r = chain(k % 3)
print(r)
print(grow(2, 7))
print(chain(3))
print(chain(10))
