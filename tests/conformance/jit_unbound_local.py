# Loop variables that stay unbound when the loop body never runs, then are read.


def after_loop(n):
    for i in range(n):
        pass
    return i


def conditional(n):
    if n > 5:
        y = n * 2
    return y


def while_assign(n):
    while n > 0:
        z = n
        n -= 1
    return z


def maybe_float(n):
    for i in range(n):
        v = i * 1.5
    return v


def sum_then_read(n):
    s = 0
    for i in range(n):
        s += i
    return s + i


t = 0
for k in range(1, 18000):
    t += after_loop(k % 7 + 1) + conditional(k % 10 + 6) + while_assign(k % 4 + 1) + int(maybe_float(3))
    t += sum_then_read(k % 5 + 1)
print(t)
for f, arg in [(after_loop, 0), (after_loop, 3), (conditional, 2), (conditional, 9), (while_assign, 0),
               (while_assign, -3), (while_assign, 4), (maybe_float, 0), (maybe_float, 4), (sum_then_read, 0),
               (sum_then_read, 10)]:
    try:
        print(f.__name__, arg, repr(f(arg)))
    except UnboundLocalError as e:
        print(f.__name__, arg, "UnboundLocalError", e)
    except NameError as e:
        print(f.__name__, arg, "NameError", e)
n = 0
for k in range(3000):
    try:
        after_loop(k % 3)
    except UnboundLocalError:
        n += 1
print(n)
print(after_loop(0))
