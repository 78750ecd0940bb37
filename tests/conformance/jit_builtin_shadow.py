# Builtins and math functions shadowed by globals after the code using them became hot.
import math


def f(x):
    return abs(x) + max(x, 3) + min(x, -3)


def g(n):
    t = 0
    for i in range(n):
        t += i
    return t


def h(x):
    return math.sqrt(x) + float(int(x))


s = 0
for k in range(18000):
    s += f(k - 1500) + g(5) + h(k)
print(s)


def abs(x):
    return -1000


print(f(-7), f(7))
del abs
print(f(-7), f(7))


def max(a, b):
    return 0


print(f(5))
del max
print(f(5))


class range:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([100, 200, 300])


print(g(5))
del range
print(g(5))
min = lambda a, b: 12345
print(f(1))
del min
print(f(1))
orig_sqrt = math.sqrt
math.sqrt = lambda x: -1.0
print(h(16))
del math.sqrt
try:
    h(16)
except AttributeError as e:
    print("AttributeError", e)
math.sqrt = orig_sqrt
print(h(16))
int = lambda x: 7
print(h(16))
float = str
try:
    print(h(16))
except TypeError as e:
    print("TypeError", e)
del int, float
print(h(16))
for k in range(2000):
    r = f(k) + g(3)
print(r)


def shadow_inside():
    global abs
    abs = lambda v: 999
    return 0


def uses_abs_after_call(x):
    a = abs(x)
    shadow_inside()
    b = abs(x)
    return a, b


for k in range(2000):
    r = uses_abs_after_call(-5)
    try:
        del abs
    except NameError:
        pass
print(r)
