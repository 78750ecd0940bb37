# Globals that change while compiled code that read them is running or between calls.
SCALE = 2
LIMIT = 10
counter = 0


def bump():
    global SCALE
    SCALE = SCALE + 1
    return 0


def uses_scale(n):
    s = 0
    for i in range(n):
        s += SCALE
        if i == 3:
            bump()
        s += SCALE
    return s


def scaled(x):
    return x * SCALE + LIMIT


def rebinder(v):
    global LIMIT
    LIMIT = v
    return v


def reads_limit_twice(v):
    a = LIMIT
    rebinder(v)
    b = LIMIT
    return a, b


def inc():
    global counter
    counter += 1
    return counter


def count_loop(n):
    t = 0
    for i in range(n):
        t += inc()
    return t + counter


t = 0
for k in range(18000):
    t += scaled(k)
print(t)
SCALE = 5
print(scaled(3), scaled(4))
SCALE = 2.5
print(scaled(3), scaled(4))
SCALE = 2
LIMIT = 2**70
print(scaled(3))
LIMIT = "no"
try:
    scaled(3)
except TypeError as e:
    print("TypeError", e)
LIMIT = 10
print(scaled(3))

SCALE = 1
print(uses_scale(10), SCALE)
for k in range(2000):
    SCALE = 1
    r = uses_scale(10)
print(r, SCALE)
SCALE = 2**62
print(uses_scale(6), SCALE)

for k in range(2000):
    r = reads_limit_twice(k)
print(r, LIMIT)
print(reads_limit_twice(3.5), LIMIT)
print(reads_limit_twice(2**64), LIMIT)

for k in range(100):
    r = count_loop(20)
print(r, counter)


def uses_deleted():
    return GONE + 1


GONE = 1
for k in range(2000):
    r = uses_deleted()
print(r)
del GONE
try:
    uses_deleted()
except NameError as e:
    print("NameError", e)
GONE = 41
print(uses_deleted())


def helper(x):
    return x + 1


def calls_helper(n):
    s = 0
    for i in range(n):
        s = helper(s)
    return s


for k in range(2000):
    r = calls_helper(5)
print(r)


def helper(x):
    return x * 2 + 1


print(calls_helper(5))
helper = abs
print(calls_helper(5))


def swap_helper():
    global helper
    helper = lambda x: x - 1
    return 0


def calls_then_swaps(n):
    s = 0
    for i in range(n):
        s = helper(s)
        if i == 2:
            swap_helper()
    return s


def helper(x):
    return x + 10


for k in range(2000):
    helper = lambda x: x + 10
    r = calls_then_swaps(6)
print(r)
