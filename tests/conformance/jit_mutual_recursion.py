# Mutually recursive and classic recursive functions compiled together.


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def gcd_rec(a, b):
    if b == 0:
        return abs(a)
    return gcd_rec(b, a % b)


def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))


def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))


def power_rec(x, n):
    if n == 0:
        return 1
    h = power_rec(x, n // 2)
    if n % 2:
        return h * h * x
    return h * h


t = 0
for k in range(6000):
    t += is_even(k % 50) + fib(8) + fib_iter(20) + ack(1, 2) + gcd(k, 36) + gcd_rec(k, 48) + hofstadter_f(8)
    t += power_rec(3, 5)
print(t)
print([is_even(n) for n in range(8)], is_odd(301), is_even(300))
print([fib(n) for n in range(20)], fib(23))
print(fib_iter(90), fib_iter(92), fib_iter(93), fib_iter(200))
print([[ack(m, n) for n in range(4)] for m in range(3)], ack(2, 10), ack(3, 3))
print(gcd(12, 18), gcd(-12, 18), gcd(12, -18), gcd(0, 0), gcd(2**64, 2**40 * 3), gcd(1071, 462), gcd(2**63, 6))
print(gcd_rec(-48, 18), gcd_rec(2**90, 2**45 * 7), gcd_rec(0, -5), gcd_rec(-(2**63), 0))
print([hofstadter_f(n) for n in range(15)], [hofstadter_m(n) for n in range(15)])
print(power_rec(2, 62), power_rec(2, 63), power_rec(2, 100), power_rec(-3, 41), power_rec(1.5, 10))
print(is_even(True), fib(True), gcd(10.0, 4), gcd(7.5, 2.5))
