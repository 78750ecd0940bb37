# int / int with operands beyond 2**53 and results far from 1 (must be correctly rounded).


def div(a, b):
    return a / b


t = 0.0
for k in range(1, 18000):
    t += div(k, 7) + div(k * k, k + 1)
print(repr(t))
for a, b in [(1, 2**1000), (1, 2**1074), (1, 2**1075), (3, 2**1076), (-1, 3 * 2**1000), (2**1000 + 1, 2**2000),
             (10**400, 10**399), (10**400 + 1, 3 * 10**399), (2**53 + 1, 2), (2**54 + 3, 4), (1, 10**300),
             (7, 10**320), (10**20, 10**40), (2**200, 2**100 + 1), (-(2**1100), 2**1000 * 3)]:
    print(a if a < 10**30 else "big", repr(div(a, b)))
for k in range(2000):
    r = div(1, 2**(1000 + k % 3))
print(repr(r))
