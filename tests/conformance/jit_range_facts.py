# Bounds proven by comparisons let compiled code drop overflow checks. The facts here use small
# constants while the arguments sit at the edges of the i64 range, where a wrongly dropped
# check would wrap around instead of growing a big int.
MAX = 2**63 - 1
MIN = -2**63


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def upper_plus(n):
    # n < 5: n + 10 cannot overflow.
    if n < 5:
        return n + 10
    return n + 5


def upper_minus(n):
    # n < 5 says nothing about n - 10.
    if n < 5:
        return n - 10
    return n - 5


def lower_minus(n):
    # n > -5: n - 10 cannot overflow.
    if n > -5:
        return n - 10
    return n - 5


def lower_plus(n):
    if n > -5:
        return n + 10
    return n + 5


def le_ge(n):
    if n <= 100:
        if n >= -100:
            return n * 3 + n - 7
        return n + 100
    return n - 100


def eq_ne(n):
    if n == 7:
        return n + MAX_SMALL
    if n != 0:
        return n - 1
    return n - 1


MAX_SMALL = 2**50


def reassigned(n, big):
    if n < 10:
        n = big
        return n + 1
    return n - 1


def walrus(n):
    if n < (n := n * 2):
        return n + 1
    return n - 1


def loop_counts(n):
    i = n
    total = 0
    while i < 10:
        i += 1
        total += 1
        if total == 5:
            break
    return i, i + 1, total


def chained(n):
    if 0 <= n < 100:
        return n * n - n + 1
    return n + n


def both_lower(n, m):
    if n >= 0:
        if m >= 0:
            return n + m
        return n - m
    return m - n


def negated(n):
    if not n < 3:
        return n - 3
    return n + 3


for f, args in [
    (fib, [(0,), (1,), (10,), (20,)]),
    (upper_plus, [(0,), (4,), (5,), (MIN,), (MIN + 9,), (MAX,), (MAX - 4,)]),
    (upper_minus, [(0,), (4,), (5,), (MIN,), (MIN + 9,), (MAX,), (MAX - 4,)]),
    (lower_minus, [(0,), (-4,), (-5,), (MAX,), (MAX - 9,), (MIN,), (MIN + 4,)]),
    (lower_plus, [(0,), (-4,), (-5,), (MAX,), (MAX - 9,), (MIN,), (MIN + 4,)]),
    (le_ge, [(100,), (-100,), (101,), (-101,), (MAX,), (MIN,), (0,)]),
    (eq_ne, [(7,), (0,), (MIN,), (MAX,)]),
    (reassigned, [(5, MAX), (50, MIN), (MIN, MIN), (MIN, MAX)]),
    (walrus, [(1,), (-1,), (2**62,), (-(2**62),), (MAX,), (MIN,)]),
    (loop_counts, [(0,), (9,), (10,), (MIN,), (MAX,)]),
    (chained, [(5,), (99,), (100,), (MAX,), (MIN,), (-1,)]),
    (both_lower, [(MAX, MAX), (MAX, MIN), (MIN, MAX), (MIN, MIN), (0, 0)]),
    (negated, [(3,), (2,), (MIN,), (MAX,), (MIN + 2,)]),
]:
    for _ in range(3):
        results = [f(*a) for a in args]
    print(f.__name__, results)
