# Long loops in functions called once (compiled by on-stack replacement), with values that change
# type or overflow part-way through the loop.


def sum_to(n):
    s = 0
    for i in range(n):
        s += i
    return s


def overflow_midway(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
        x = x % (2**70)
    return x


def grows_past_int64(n):
    s = 2**63 - 3000000000
    i = 0
    while i < n:
        s += i
        i += 1
    return s


def becomes_float(n):
    x = 0
    for i in range(n):
        if i == n - 10:
            x = x + 0.5
        x = x + 1
    return x


def harmonic(n):
    h = 0.0
    for k in range(1, n + 1):
        h += 1.0 / k
    return h


def nested_osr(n):
    c = 0
    for i in range(n):
        for j in range(n):
            c += (i ^ j) & 7
    return c


def modifies_global(n):
    global G
    s = 0
    for i in range(n):
        s += G
        if i == n // 2:
            G = 1000
    return s


def loop_then_error(n):
    s = 0
    for i in range(n):
        s += 1000000 // (n - 1 - i + (i != n - 1))
    return s // (n - n)


G = 1
print(sum_to(100000))
print(overflow_midway(30000))
print(grows_past_int64(100000))
print(repr(becomes_float(20000)))
print(repr(harmonic(100000)))
print(nested_osr(300))
print(modifies_global(20000), G)
try:
    loop_then_error(20000)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
i = 0
total = 0
while i < 30000:
    total += i * i
    i += 1
print(total, i)
acc = 1
for j in range(20000):
    acc = (acc * 1103515245 + 12345) % 2**31
print(acc, j)
fl = 0.0
for j in range(20000):
    fl += j / 7
    if j == 15000:
        fl = int(fl)
print(repr(fl))
