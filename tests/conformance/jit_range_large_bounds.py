# range loops whose bounds are near or beyond the 64-bit limits.


def total(start, stop, step):
    s = 0
    n = 0
    for i in range(start, stop, step):
        s += i
        n += 1
    return s, n


def last(start, stop, step):
    i = None
    for i in range(start, stop, step):
        pass
    return i


t = 0
for k in range(12000):
    t += total(k, k + 10, 3)[0] + last(k % 100 + 1, 0, -7)
print(t)
for a, b, c in [(2**62, 2**62 + 10, 3), (-(2**63), -(2**63) + 5, 1), (2**63 - 5, 2**63 - 1, 1),
                (0, 2**63 - 1, 2**62), (2**63 - 3, 2**63 + 3, 1), (2**64, 2**64 + 4, 1), (0, 10**20, 10**19),
                (-(2**63) + 2, -(2**63) - 3, -1), (2**63 - 1, 2**63 - 10, -4), (10**30, 10**30 - 5, -2)]:
    print(a, b, c, total(a, b, c), last(a, b, c))
print(len(range(0, 2**62, 3)), range(2**62, 2**62 + 10, 3)[-1], 2**62 + 9 in range(2**62, 2**62 + 10, 3))
