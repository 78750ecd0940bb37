# Powers: int ** int (negative exponents, big results), floats, mixed.
import math


def p(a, b):
    return a ** b


def pw(a, b):
    return pow(a, b)


def pw3(a, b, m):
    return pow(a, b, m)


def mpow(a, b):
    return math.pow(a, b)


def square_loop(x, n):
    for i in range(n):
        x = x ** 2
    return x


def sum_pows(n, e):
    s = 0
    for i in range(n):
        s += i ** e
    return s


t = 0
for k in range(18000):
    t += p(k % 10, 3) + pw(2, k % 20) + pw3(k, 5, 97) + sum_pows(5, 2) + square_loop(2, 2)
    t += p(1.5, 2) + mpow(2.0, 3.0)
print(t)
ints = [(2, 10), (2, 62), (2, 63), (2, 64), (-2, 63), (-2, 64), (3, 40), (3, 41), (10, 18), (10, 19), (7, 0),
        (0, 0), (-1, 2**63 + 1), (1, 10**20), (-3, 39), (-3, 40)]
for a, b in ints:
    print(a, b, p(a, b), pw(a, b))
for a, b in [(2, -1), (2, -2), (-2, -3), (3, -1), (2, -1074), (2, -1075), (7, -30), (1, -100), (-1, -101)]:
    print(a, b, repr(p(a, b)), repr(pw(a, b)))
for a, b in [(2.0, 10), (2.0, 0.5), (2, 0.5), (-8.0, 3), (0.0, 0.0), (10.0, -2), (1.0000001, 1e7), (2.0, 1023),
             (0.5, 1074), (1.0, float("inf")), (float("inf"), -1), (float("nan"), 0), (-2.0, -3)]:
    print(repr(a), repr(b), repr(p(a, b)), repr(mpow(a, b)))
for a, b in [(2.0, 1024), (10.0, 400), (10, 400.0)]:
    try:
        print(p(a, b))
    except OverflowError as e:
        print("OverflowError", e)
for a, b in [(0, -1), (0.0, -1), (0, -1.5)]:
    try:
        p(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    mpow(-8.0, 1.0 / 3)
except ValueError as e:
    print("ValueError", e)
try:
    mpow(10.0, 400)
except OverflowError as e:
    print("OverflowError", e)
print(pw3(3, 200, 1000007), pw3(-3, 3, 7), pw3(3, 3, -7), pw3(2, -1, 7), pw3(2**70, 2**70, 10**9 + 7))
print(square_loop(2, 5), square_loop(2, 6), square_loop(3, 4), square_loop(-2, 6), square_loop(1.5, 8))
print(sum_pows(100, 3), sum_pows(100, 10), sum_pows(10, 0), repr(sum_pows(1, 2)))
for k in range(2000):
    r = (p(2, 63 + k % 3), p(2, -(k % 4)), p(k % 3 - 1, -1) if k % 3 != 1 else 0)
print(r)
