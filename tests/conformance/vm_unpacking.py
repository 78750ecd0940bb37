a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = range(1)
print(head, rest)
[p, q] = "pq"
print(p, q)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
def f(*args, **kwargs):
    return args, kwargs
print(f(1, *[2, 3], k=4, **{"m": 5}))
print(*range(3), *"ab", sep=",")
print([*range(3), *[9]], (*"xy", 1), {*range(2), 5}, {**{"a": 1}, "b": 2})
def g(a, b, c=3, *, d, e=5, **rest):
    return a, b, c, d, e, rest
print(g(1, 2, d=4), g(*[1, 2, 0], d=1, z=9), g(1, b=2, d=3, e=0))
def h(a, /, b, *, c):
    return a, b, c
print(h(1, 2, c=3), h(1, b=2, c=3))
for bad in ["a, b = 1, 2, 3", "a, b, c = [1, 2]", "a, *b, c = [1]", "(a, b) = 5"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in ["h(1, 2, 3)", "h(a=1, b=2, c=3)", "g(1)", "g(1, 2, 3, 4, d=1)", "g(1, 2, d=1, a=2)", "h(1, 2)", "f(**{1: 2})"]:
    try:
        eval(call)
    except TypeError as e:
        print("TypeError:", e)
