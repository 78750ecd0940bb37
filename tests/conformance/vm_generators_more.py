def numbers():
    yield from range(3)
    yield from "ab"
    yield from (x * 10 for x in range(2))
print(list(numbers()))
def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2
g = evens(9)
print(next(g), next(g), list(g), list(g))
def running_avg():
    total, n = 0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
r = running_avg(); next(r)
print([r.send(v) for v in [10, 20, 60]])
def gen_with_return():
    yield 1
    return 99
def driver():
    result = yield from gen_with_return()
    yield f"got {result}"
print(list(driver()))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
gen = (c.upper() for c in "hey")
print(gen.__next__(), list(gen))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed cleanly")
c = closing(); print(next(c)); c.close(); print("after close")
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print(list(pairs([1, 2, 3, 4, 5])))
print(sum(x * x for x in range(10)), any(c == "z" for c in "abc"), list(zip(evens(6), "xyz")))
import itertools
print(list(itertools.islice(evens(100), 3)))
