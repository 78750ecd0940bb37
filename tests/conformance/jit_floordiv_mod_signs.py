# // and % for every sign combination, int and float, in compiled code.


def fd(a, b):
    return a // b


def md(a, b):
    return a % b


def dm(a, b):
    q = a // b
    r = a % b
    return q, r, q * b + r == a


def dm_loop(n, b):
    s = 0
    t = 0
    for i in range(-n, n):
        s += i // b
        t += i % b
    return s, t


x = 0
for k in range(1, 18000):
    x += fd(k, 3) + md(k, 3) + dm(k, 5)[0] + dm_loop(3, 4)[1]
print(x)
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (6, -3), (-6, -3), (0, 5), (0, -5),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (2**62, 3), (-(2**62), 3), (2**62, -3), (-(2**62), -3),
         (2**63 - 1, 10), (-(2**63), 10), (-(2**63), -10), (2**70, 7), (-(2**70), 7), (2**70, -7)]
for a, b in pairs:
    print(a, b, fd(a, b), md(a, b), dm(a, b))
fpairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.1), (-1.0, 0.1), (0.0, 3.0), (-0.0, 3.0),
          (0.0, -3.0), (3.0, 0.5), (1e300, 1e-300), (-1e-300, 1e300), (5.0, 1e308), (-5.0, 1e308),
          (7, 2.0), (-7, 2.0), (7.0, -2), (2**63, 3.0), (-1, float("inf")), (1, float("-inf"))]
for a, b in fpairs:
    print(a, b, repr(fd(a, b)), repr(md(a, b)))
for b in (1, 2, 3, -1, -2, -3, 7, -7):
    print(b, dm_loop(10, b), dm_loop(100, b))
print(md(-0.0, 1.0), md(0.0, -1.0), md(-0.0, -1.0), fd(-0.0, 1.0), fd(0.0, -1.0))
print(md(True, 2), fd(-True, 2), md(5, True), fd(False, -3))
