# An uncaught exception raised several compiled calls deep.


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


s = 0
for k in range(9000):
    s += level1(10 + k % 50)
print(s)
print(top(3))
print(top(20))
print("not reached")
