import sys
def gen():
    x = yield
    while True:
        x = yield x * 2
g = gen(); next(g)
print(g.send(3), g.send(5))
def f(*, a, b=1, **kw):
    return a, b, kw
print(f(a=1, c=3), f(**{"a": 5, "b": 6}))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
def g2(a, b, /, c):
    return a + b + c
try:
    g2(1, b=2, c=3)
except TypeError as e:
    print(e)
print(g2(1, 2, c=3))
class A:
    def m(self, x):
        return x
try:
    A().m()
except TypeError as e:
    print(e)
try:
    A().m(1, 2)
except TypeError as e:
    print(e)
try:
    A.m(1)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
try:
    int("5", 2, 3)
except TypeError as e:
    print(e)
try:
    [].append()
except TypeError as e:
    print(e)
try:
    "x".split(1)
except TypeError as e:
    print(e)
