# A callee compiled on its own first, later called from a newly compiled caller, then raising.


def inner(x):
    return 1000 // x


def outer(x):
    return inner(x) + 1


def tdiv(a, b):
    return a / b


def wrap(a, b):
    return tdiv(a, b) + 1


def level3(x):
    return 1000 // (x - 7)


def level2(x):
    s = 0
    for i in range(3):
        s += level3(x + i)
    return s


def level1(x):
    return level2(x) + 1


def top(n):
    t = 0
    for i in range(n):
        t += level1(i)
    return t


for k in range(1, 18000):
    inner(k)
    tdiv(2**70 + k, 3)
for k in range(1, 3000):
    outer(k)
    wrap(k, 3)
for b in (0, 4):
    try:
        print(outer(b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(wrap(10, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
s = 0
for k in range(1500):
    s += level1(10 + k % 50)
print(s, top(3))
try:
    top(20)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
