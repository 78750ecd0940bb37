a, b, *c = range(5)
print(a, b, c)
*a, b = "xyz"
print(a, b)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
first, *middle, last = [1]  if False else [1, 2]
print(first, middle, last)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    x, y = gen()
except ValueError as e:
    print(type(e).__name__, e)
print([*range(3), *"ab", *{"k": 1}], (*[1, 2],), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
def g(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4, e=6))
for err in [lambda: g(1, 2), lambda: g(1, 2, 3), lambda: g(1, b=2, c=3, d=4), lambda: g(1, 2, 3, 4, d=5), lambda: g(1, 2, 3, d=4, z=1)]:
    try:
        err()
    except TypeError as e:
        print(type(e).__name__, e)
def h(x, y=2, *rest, z, **kw):
    return x, y, rest, z, kw
print(h(1, z=3), h(1, 2, 3, 4, z=5, w=6))
try:
    h(1, 2, x=3, z=1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
x = y = z = [0]
x.append(1)
print(y, z is x)
a, b = b, a = 1, 2
print(a, b)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
lst2 = [10, 20]
i, lst2[i] = 1, 99
print(i, lst2)
d = {}
d["a"], d["b"] = 1, 2
print(d)
class O: pass
o = O()
o.x, o.y = "xy"
print(o.x, o.y)
(a), b = 1, 2
[a, b] = [b, a]
print(a, b)
print(*[1, 2], sep="-")
print(*"abc", end="!\n")
m, n = divmod(17, 5)
print(m, n)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
s = slice(1, 3)
print([0, 1, 2, 3][s], "abcd"[::-1], "abcdef"[1::2], [1, 2, 3][-10:10])
v = [0] * 5
v[1:3] = [7, 8, 9]
print(v)
v[::2] = "abc"
print(v)
try:
    v[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
del v[::2]
print(v)
