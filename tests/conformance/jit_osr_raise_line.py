# An exception raised by a callee of a loop running compiled (after on-stack replacement) is
# reported at the call's line, and a handler inside the loop body catches it there.
import traceback


def hot(a, i):
    return a[i] * 2


def driver(a, n):
    t = 0
    for i in range(n):
        t += hot(a, i)
    return t


def guarded(a, n):
    t = 0
    misses = 0
    for i in range(n):
        try:
            t += hot(a, i % (len(a) + 1))
        except IndexError:
            misses += 1
    return t, misses


data = list(range(7000))
try:
    driver(data, 7001)
except IndexError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)
print(guarded(list(range(10)), 9000))
try:
    driver([1, 2, 3], 4)
except IndexError as e:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])
