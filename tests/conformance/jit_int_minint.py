# The 64-bit boundary values: negation, abs, // and % of -2**63 and friends.
MIN = -(2**63)
MAX = 2**63 - 1


def neg(x):
    return -x


def absolute(x):
    return abs(x)


def fdiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def tdiv(a, b):
    return a / b


def mul(a, b):
    return a * b


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def inv(x):
    return ~x


s = 0
for k in range(1, 18000):
    s += neg(k) + absolute(-k) + fdiv(k, 7) + mod(k, 7) + mul(k, 3) + add(k, k) + sub(k, 1) + inv(k)
    s += int(tdiv(k, 2))
print(s)
print(neg(MIN), neg(MAX), neg(-MAX), neg(neg(MIN)))
print(-(-(2**63)), neg(-(2**63)))
print(absolute(MIN), absolute(MAX), absolute(MIN + 1), absolute(-0))
print(fdiv(MIN, -1), fdiv(MIN, 1), fdiv(MIN, 2), fdiv(MIN, -2), fdiv(MAX, -1))
print(mod(MIN, -1), mod(MIN, 1), mod(MIN, 3), mod(MIN, -3), mod(MAX, -2))
print(fdiv(MIN, MIN), fdiv(MIN, MAX), mod(MIN, MAX), mod(MAX, MIN), fdiv(MAX, MIN))
print(tdiv(MIN, -1), tdiv(MAX, 1), tdiv(MIN, 3), tdiv(MAX, MAX))
print(mul(MIN, -1), mul(MIN, 1), mul(MAX, 2), mul(MAX, -1), mul(MIN, 0), mul(-1, MIN))
print(mul(2**32, 2**31), mul(-(2**32), 2**31), mul(2**32, -(2**31) - 1))
print(add(MAX, 1), add(MIN, -1), add(MAX, MIN), add(MIN, MIN), add(MAX, MAX))
print(sub(MIN, 1), sub(MAX, -1), sub(0, MIN), sub(-1, MAX), sub(MIN, MIN))
print(inv(MIN), inv(MAX), inv(-1), inv(0))
for k in range(2000):
    v = fdiv(MIN, -1) + mod(MIN, -1) + neg(MIN) + absolute(MIN)
print(v)
