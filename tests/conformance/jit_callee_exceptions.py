# Exceptions raised in interpreted callees propagate through compiled frames.


def thrower(x):
    if x > 100:
        raise ValueError("too big: " + str(x))
    return [1, 2, 3][x % 3]


def uses_list(i):
    return [10, 20, 30][i]


def compiled_caller(n):
    s = 0
    for i in range(n):
        s += thrower(i)
    return s


def middle(n):
    return compiled_caller(n) * 2


def outer(n):
    t = 0
    for i in range(3):
        t += middle(n)
    return t


def index_loop(n):
    s = 0
    for i in range(n):
        s += uses_list(i)
    return s


def raise_in_loop(n, bad):
    s = 0
    i = 0
    while i < n:
        if i == bad:
            s += uses_list(99)
        s += i
        i += 1
    return s


t = 0
for k in range(12000):
    t += compiled_caller(5) + outer(3) + index_loop(3) + raise_in_loop(5, -1)
print(t)
for n in (50, 101, 102, 200):
    try:
        print(n, outer(n))
    except ValueError as e:
        print(n, "ValueError", e)
try:
    index_loop(5)
except IndexError as e:
    print("IndexError", e)
for bad in (0, 3, 7):
    try:
        print(raise_in_loop(5, bad))
    except IndexError as e:
        print(bad, "IndexError", e)
count = 0
for k in range(3000):
    try:
        index_loop(k % 5)
    except IndexError:
        count += 1
print(count)
count = 0
last = None
for k in range(1000):
    try:
        last = compiled_caller(95 + k % 10)
    except ValueError as e:
        count += 1
        last = str(e)
print(count, last)


def catches(n):
    try:
        return compiled_caller(n)
    except ValueError as e:
        return "caught " + str(e)
    finally:
        pass


print(catches(10), catches(105))
for k in range(1000):
    r = catches(100 + k % 3)
print(r)
