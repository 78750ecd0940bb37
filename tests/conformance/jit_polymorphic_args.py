# One function called with ints, then floats, strings, bools and mixtures.


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def lt(a, b):
    return a < b


def accumulate(xs0, x1, n):
    s = xs0
    for i in range(n):
        s = s + x1
    return s


def poly(x):
    return x * x - 3 * x + 1


def pick(a, b):
    if a > b:
        return a
    return b


def phase(label, args):
    r = None
    for k in range(2000):
        r = (add(*args), mul(args[0], 2), lt(*args), pick(*args))
    print(label, r)


phase("int", (3, 4))
phase("float", (3.5, 4.25))
phase("str", ("ab", "cd"))
phase("bool", (True, False))
phase("int-float", (3, 4.5))
phase("float-int", (2.5, 7))
phase("bool-int", (True, 41))
phase("int-bool", (41, True))
phase("float-bool", (0.5, True))
phase("big", (2**80, -(2**70)))
phase("neg", (-3, -4))
phase("tuple", ((1, 2), (3,)))
phase("list", ([1], [2, 3]))
phase("int", (10, 20))
for args in [(0, 1, 5), (0.0, 0.5, 5), ("", "ab", 3), (False, True, 4), (1, 1.5, 3), ((), (1,), 3), (2**62, 2**62, 3)]:
    for k in range(500):
        r = accumulate(*args)
    print(repr(r))
for x in (3, 3.0, True, False, 2**40, -2.5, 10**20):
    for k in range(500):
        r = poly(x)
    print(repr(r))
for args in [(1, "a"), ("a", 1.5), (None, 1)]:
    try:
        add(*args)
    except TypeError as e:
        print("TypeError", e)
    try:
        lt(*args)
    except TypeError as e:
        print("TypeError", e)
print(mul("ab", 3), mul(3, "ab"), mul([0], 2), mul(True, "x"), mul("x", False))
print(add(1, 2), add(1.0, 2), add(True, True), add(2**63 - 1, True))
