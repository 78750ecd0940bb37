# Ints beyond 2**53 (but inside i64) passed into compiled code, and results leaving i64.
def f(a, n):
    t = a
    for i in range(n):
        t += i
    return t


def total(limit):
    s = 0
    for i in range(limit):
        s += i * 1000003
    return s


x = 0
for k in range(3000):
    x += f(2**60 + k, 10) % 1000
print(x, f(2**62, 100000), f(-2**63, 5), f(2**63 - 10, 5), f(2**70, 3))
print(total(200000), total(3), f(2**53 + 1, 2), f(-(2**53) - 1, 2))
big = 2**62
for k in range(20000):
    big = f(big, 2) - 1
print(big)
