# Bool arithmetic, comparison chains, and/or returning operands, not.


def barith(a, b):
    return (a + b, a - b, a * b, -a, ~a, +a, a & b, a | b, a ^ b, a * 3.5, a / 2, a // 1, a % 2, a ** b, a << 3)


def chain(a, b, c):
    return (a < b < c, a <= b <= c, a < b > c, a == b == c, a != b != c, 0 <= a < 10 <= c)


def andor(a, b):
    return (a and b, a or b, not a, not (a and b), (a or b) and a, a and b or 7)


def count_true(n):
    c = 0
    for i in range(n):
        c += i % 3 == 0
        c += (i > 5) and (i < 10)
    return c


def mixed_truth(x):
    if x:
        return x or 99
    return x and 99


def chain_loop(n):
    c = 0
    for i in range(n):
        if 10 < i * 2 <= 40 != i:
            c += 1
    return c


t = 0
for k in range(18000):
    b = k % 2 == 0
    r = barith(b, not b)
    t += r[0] + r[2] + count_true(12) + chain_loop(25)
    chain(k, k + 1, k + 2)
    andor(k, k - 1)
    mixed_truth(k % 3)
print(t)
for a in (True, False):
    for b in (True, False):
        print(a, b, barith(a, b))
try:
    barith(False, False)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(barith(True, 2), barith(5, True))
print(True + 0.5, True * 0.5, False - 0.25, True / 0.5, 2.5 // True, 2.5 % True)
print(True + True, True * 3.5, -True, ~False, ~True, True / True, True // True, 2 ** True, True << 62, True << 64)
for args in [(1, 2, 3), (3, 2, 1), (1, 1, 1), (1, 2, 1), (0, 0, 10), (True, 2, 3), (1.0, 1, True), (-1, 0, 1.5)]:
    print(args, chain(*args))
for a, b in [(0, 5), (3, 0), (3, 5), (0, 0), (0.0, 2), (-0.0, 1.5), (True, False), (False, 0), (2, None)]:
    print(a, b, andor(a, b))
print([mixed_truth(x) for x in (0, 1, -1, 0.0, 2.5, True, False, -0.0, 2**70)])
print(count_true(0), count_true(10), count_true(100), chain_loop(100))
for k in range(2000):
    r = (andor(k % 4, k % 3), chain(k % 5, 2, 4))
print(r)
