# ZeroDivisionError raised inside compiled code and caught by an interpreted caller.


def idiv(a, b):
    return a / b


def ifloor(a, b):
    return a // b


def imod(a, b):
    return a % b


def fdiv(a, b):
    return a / b


def ffloor(a, b):
    return a // b


def fmod(a, b):
    return a % b


def ipow(a, b):
    return a ** b


def loop_div(n, d):
    s = 0
    for i in range(n):
        s += 100 // (d - i)
    return s


def nested(a, b):
    return idiv(a, b) + ifloor(a, b) + imod(a, b)


def caller(n, d):
    return loop_div(n, d) + 1


def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, "ok", repr(r))
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)


s = 0
for k in range(1, 18000):
    s += idiv(k, 3) + ifloor(k, 3) + imod(k, 3) + fdiv(k * 1.0, 2.0) + ffloor(k * 1.0, 2.0) + fmod(k * 1.5, 2.0)
    s += nested(k, 7) + ipow(k % 5, 2)
print(s)
for b in (0, 3):
    attempt("int /", idiv, 7, b)
    attempt("int //", ifloor, 7, b)
    attempt("int %", imod, 7, b)
    attempt("big /", idiv, 2**70, b)
    attempt("big //", ifloor, 2**70, b)
    attempt("big %", imod, -(2**70), b)
    attempt("float /", fdiv, 7.0, b * 1.0)
    attempt("float //", ffloor, 7.0, b * 1.0)
    attempt("float %", fmod, 7.0, b * 1.0)
    attempt("float / -0.0", fdiv, 7.0, -b * 1.0)
    attempt("nested", nested, 10, b)
    attempt("bool", idiv, True, b > 5)
attempt("0 ** -1", ipow, 0, -1)
attempt("0.0 ** -1", ipow, 0.0, -1)
attempt("0 ** -2.5", ipow, 0, -2.5)
attempt("loop", loop_div, 10, 5)
attempt("loop", loop_div, 5, 10)
attempt("caller", caller, 10, 7)
caught = 0
for k in range(3000):
    try:
        loop_div(4, k % 5)
    except ZeroDivisionError:
        caught += 1
print("caught", caught)
for k in range(2000):
    try:
        r = nested(k, k % 3)
    except ZeroDivisionError as e:
        r = str(e)
print(r)
