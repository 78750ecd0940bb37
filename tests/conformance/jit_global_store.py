# Compiled functions that assign globals, read by compiled callers after the call returns.
counter = 0
total = 0.0


def inc():
    global counter
    counter += 1
    return counter


def returns_inc():
    return inc()


def reads_after():
    inc()
    return counter


def add_total(x):
    global total
    total = total + x
    return total


def loop_inc(n):
    t = 0
    for i in range(n):
        t += inc()
    return t + counter


def retype():
    global counter
    counter = counter + 0.5
    return counter


print(returns_inc(), returns_inc(), reads_after(), reads_after(), counter)
for k in range(12000):
    r = returns_inc()
print(r, counter)
for k in range(2000):
    r = reads_after()
print(r, counter)
print(loop_inc(10), counter)
for k in range(200):
    r = loop_inc(20)
print(r, counter)
for k in range(3000):
    r = add_total(0.25)
print(r, total)
print(retype(), returns_inc(), counter)
counter = 2**63 - 2
print(returns_inc(), returns_inc(), reads_after(), counter)
counter = "x"
try:
    returns_inc()
except TypeError as e:
    print("TypeError", e)
counter = 0
print(loop_inc(5), counter)
