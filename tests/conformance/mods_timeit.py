import timeit

t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t >= 0)
r = timeit.repeat("y = [i for i in range(5)]", repeat=3, number=10)
print(len(r), all(v >= 0 for v in r))
calls = []
print(timeit.timeit(lambda: calls.append(1), number=7) >= 0, len(calls))
tm = timeit.Timer("z = a * 2", setup="a = 21")
print(tm.timeit(number=5) >= 0)
counter = {"n": 0}


def bump():
    counter["n"] += 1


print(timeit.Timer(bump).repeat(repeat=2, number=3) is not None, counter["n"])
print(timeit.timeit("f()", globals={"f": bump}, number=4) >= 0, counter["n"])
print(callable(timeit.default_timer), timeit.default_timer() > 0)
t2 = timeit.Timer("for i in range(3):\n    pass")
print(t2.timeit(2) >= 0)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError:", e)
