# while loops with break/continue, nested loops, early returns; None/bool/tuple results.


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def find(n, target):
    i = 0
    while True:
        if i >= n:
            return None
        if i * i == target:
            return i
        i += 1


def skip_sum(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        if i > 50:
            break
        s += i
    else:
        s = -s
    return s


def pairs(n):
    c = 0
    i = 0
    while i < n:
        j = 0
        while j < n:
            if j > i:
                break
            if (i + j) % 2:
                j += 1
                continue
            c += i * j
            j += 1
        i += 1
    return c


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def stats(n):
    lo = 1e300
    hi = -1e300
    total = 0
    for i in range(1, n + 1):
        x = (i * 37) % 101 - 50.5
        if x < lo:
            lo = x
        if x > hi:
            hi = x
        total += i
    return lo, hi, total, n > 3


def nothing(n):
    for i in range(n):
        if i > 100:
            return i


def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    return 0


t = 0
for k in range(1, 15000):
    t += collatz(k % 30 + 1) + skip_sum(k % 60) + pairs(3) + is_prime(k) + sign(k - 1000)
    r = find(10, k % 50)
    if r is not None:
        t += r
    stats(3)
    nothing(3)
print(t)
print([collatz(n) for n in (1, 2, 3, 7, 27, 97, 871)])
print(collatz(2**62 + 1), collatz(2**70 - 1))
print(find(10, 49), find(10, 50), find(0, 0), find(5, 0))
print([skip_sum(n) for n in (0, 1, 3, 10, 50, 51, 52, 100)])
print([pairs(n) for n in (0, 1, 2, 5, 10)])
print([n for n in range(60) if is_prime(n)], is_prime(2**31 - 1), is_prime(2**61 - 1) if False else None)
print(stats(1), stats(5), stats(200))
print(nothing(5), nothing(102), repr(nothing(0)))
print(sign(5), sign(-5), sign(0), sign(0.5), sign(-0.0), sign(True), sign(-(2**80)))
