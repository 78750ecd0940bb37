# Every fused instruction pair the interpreter runs as one dispatch, including the error paths:
# an exception in either half must report the right line and leave the right state behind.
import traceback


def pairs(xs, k):
    total = 0                       # LOAD_CONST STORE_FAST
    a = b = 0
    for x in xs:                    # FOR_ITER STORE_FAST
        y = x + k                   # LOAD_FAST LOAD_FAST, BINARY_OP STORE_FAST
        z = y * 2 - x               # LOAD_CONST BINARY_OP, BINARY_OP LOAD_FAST
        if z < 10:                  # LOAD_CONST COMPARE_OP, COMPARE_OP POP_JUMP_IF_FALSE
            total += z
        if not (z >= 3):            # COMPARE_OP POP_JUMP_IF_TRUE
            total -= 1
        if x in (1, 2):             # CONTAINS_OP POP_JUMP_IF_FALSE
            total += 100
        if x not in [3]:            # CONTAINS_OP POP_JUMP_IF_TRUE
            total += 1000
        if x is None:               # IS_OP POP_JUMP_IF_FALSE
            total = -1
        if x is not None:           # IS_OP POP_JUMP_IF_TRUE
            a, b = b, x             # STORE_FAST STORE_FAST
    lst = [5, 6, 7]
    first = lst[0]                  # LOAD_CONST BINARY_SUBSCR, BINARY_SUBSCR STORE_FAST
    i = 2
    last = lst[i]                   # LOAD_FAST BINARY_SUBSCR
    lst[1] += first                 # COPY COPY, SWAP SWAP
    n = len(lst)                    # LOAD_GLOBAL LOAD_FAST
    m = n; q = 7                    # STORE_FAST LOAD_FAST, STORE_FAST LOAD_CONST
    return total, a, b, first, last, lst, m, q


print(pairs([0, 1, 2, 3, 4], 3))


class P:
    def __init__(self, v):
        self.v = v


def attrs(p):
    return p.v + p.v                # LOAD_FAST LOAD_ATTR


print(attrs(P(21)))


def unbound_first():
    if False:
        u = 1
    return u + 1                    # LOAD_FAST (unbound) BINARY_OP


def unbound_second(flag):
    t = 5
    if flag:
        w = 1
    return t + w                    # LOAD_FAST LOAD_FAST: the second is unbound


def error_second(d):
    k = "missing"
    return d[k]                     # LOAD_FAST BINARY_SUBSCR raises in the second half


def compare_error(x):
    return x < "a"                  # LOAD_CONST COMPARE_OP raises in the second half


def bad_truth(o):
    if o == 1:                      # COMPARE_OP then truth test raising in the jump half
        return "yes"
    return "no"


class Truthless:
    def __eq__(self, other):
        return self

    def __bool__(self):
        raise ValueError("no truth value")


for f, arg in [(unbound_first, None), (unbound_second, False), (error_second, {}),
               (compare_error, 1), (bad_truth, Truthless())]:
    try:
        print(f(arg) if arg is not None else f())
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, e, "at line", tb[-1].lineno, "in", tb[-1].name)


def jump_into_second(xs):
    # The loop's back-edge and the while condition land on instructions that are also the
    # second half of a pair; each must still run alone correctly.
    i = 0
    acc = []
    while i < len(xs):
        acc.append(xs[i])
        i += 1
    j = 10
    while j:
        j -= 3 if j > 3 else j
    return acc, i, j


print(jump_into_second("abc"))


def gen(n):
    for i in range(n):
        got = yield i * 2           # resuming after a yield inside fused code
        if got is not None:
            print("sent", got)


g = gen(3)
print(next(g), g.send("x"), next(g))


def deep(n):
    if n <= 0:                      # LOAD_FAST LOAD_CONST, COMPARE_OP POP_JUMP_IF_FALSE
        return 0
    return deep(n - 1) + 1          # LOAD_GLOBAL LOAD_FAST, LOAD_FAST LOAD_CONST, BINARY_OP


print(deep(200))
big = 2**53
print(big + 1, big - 1 + big, -big - 5, 3 * big)
print(0.1 + 0.2, 1.5 * 2, 7 - 0.5, [1.0, 2.0][1] * 3)
