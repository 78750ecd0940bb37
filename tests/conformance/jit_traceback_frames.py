# Exceptions crossing compiled frames: message, type and traceback frames.


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def c(x):
    return 10 % x


def b(x):
    y = x - 1
    return c(y) + 1


def a(x):
    s = 0
    for i in range(2):
        s += b(x + i)
    return s


def bad_name(x):
    return x + undefined_thing


def chain(x):
    return bad_name(x) * 2


t = 0
for k in range(18000):
    t += a(5 + k % 10)
print(t)
try:
    a(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
    print(lines(e))
for k in range(2000):
    try:
        chain(k)
    except NameError as e:
        r = e
print(type(r).__name__, r)
print(lines(r))
undefined_thing = 5
print(chain(1))
try:
    a(1)
except ZeroDivisionError as e:
    print(lines(e))
