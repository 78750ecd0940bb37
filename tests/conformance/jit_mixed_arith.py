# Mixed int/float arithmetic in compiled code, including big ints in true division.


def expr(a, b):
    return (a + b, a - b, a * b, a / b, -a + 2 * b, a * 1.0 - b, (a + 0.5) * b)


def avg(n):
    s = 0
    for i in range(n):
        s += i
    return s / n


def poly(x):
    return 3 * x ** 3 - 2.5 * x ** 2 + x - 7


def lerp(a, b, t):
    return a + (b - a) * t


def accum_mixed(n):
    s = 0
    for i in range(n):
        if i % 2:
            s += i
        else:
            s += i / 2
    return s


t = 0.0
for k in range(1, 18000):
    r = expr(k, 3)
    t += r[0] + r[3] + avg(k % 10 + 1) + poly(k * 0.001) + lerp(0, 10, k / 3000) + accum_mixed(5)
    r = expr(k * 0.5, 7)
    t += r[4]
print(repr(t))
for a, b in [(7, 2), (7.0, 2), (7, 2.0), (2**53 + 1, 1), (2**53 + 1, 1.0), (2**63, 3), (2**64 - 1, 2**32),
             (10**20, 3), (-(10**20), 7), (1, 3), (2, 3), (-1, 3), (2**1000, 2**999)]:
    print(a, b, [repr(v) for v in expr(a, b)])
for a, b in [(2**1030, 1), (2**1100, 2**50), (1, 0.5 ** 1074 * 0.5)]:
    try:
        print(expr(a, b))
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(repr(avg(1)), repr(avg(3)), repr(avg(100000)))
print([repr(poly(x)) for x in (0, 1, -1, 0.5, 2, 1e5, 10**6, -(10**7), True)])
print([repr(lerp(a, b, t)) for a, b, t in [(0, 10, 0.5), (1, 2, 3), (0.0, 1.0, 0.1), (2**62, 2**63, 0.5), (5, 5, 1)]])
print(repr(accum_mixed(0)), repr(accum_mixed(1)), repr(accum_mixed(2)), repr(accum_mixed(1001)))
print(repr((2**63 + 1) / 3), repr((2**64 + 2**11 + 1) / 1), repr(-(2**53 + 1) / 1), repr(10**30 / 10**15))
print(repr(9007199254740993 / 2), repr(9007199254740993 * 1.0), repr(12345678901234567891 / 10))
