# range loops: negative, zero and large steps, empty ranges, loop variables after the loop.


def total(start, stop, step):
    s = 0
    n = 0
    for i in range(start, stop, step):
        s += i
        n += 1
    return s, n


def last(start, stop, step, default):
    i = default
    for i in range(start, stop, step):
        pass
    return i


def first_over(n, limit):
    for i in range(n):
        if i * i > limit:
            break
    return i


def countdown(n):
    out = 0
    for i in range(n, 0, -1):
        out = out * 3 + i
    return out, i


def nested(n):
    c = 0
    for i in range(n):
        for j in range(i, n):
            for k in range(j, i - 1, -1):
                c += 1
    return c, i, j, k


def float_range_sum(n):
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return s


t = 0
for k in range(12000):
    t += total(0, 10, 1)[0] + total(10, 0, -2)[0] + last(0, 5, 1, -1) + first_over(10, 10)
    t += countdown(4)[0] + nested(3)[0] + int(float_range_sum(4))
print(t)
cases = [(0, 10, 1), (0, 10, 3), (10, 0, -1), (10, 0, -3), (0, 0, 1), (5, 0, 1), (0, 5, -1), (-5, 5, 2),
         (5, -5, -2), (-10, -20, -3), (0, 100, 1000), (0, -100, -1000), (0, 10**6, 99999)]
for a, b, c in cases:
    print(a, b, c, total(a, b, c), last(a, b, c, None))
try:
    total(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    total(0, 10.0, 1)
except TypeError as e:
    print("TypeError", e)
print(first_over(10, 1000), first_over(100, 50), first_over(1, 5))
print(countdown(1), countdown(5), countdown(30))
print(nested(1), nested(4), nested(10))
print(float_range_sum(0), float_range_sum(10), float_range_sum(1000))
for k in range(300):
    r = total(k, -k, -1)
print(r, last(0, 0, 1, "untouched"), last(3, 0, 1, 2.5))
