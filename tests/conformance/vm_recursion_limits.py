import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
class K:
    def __eq__(self, o):
        return {self: 1} == {K(): 1}
    def __hash__(self): return 1
try:
    K() == K()
except RecursionError as e:
    print("RecursionError 2")
def key(x):
    return sorted([x], key=key)
try:
    key(1)
except RecursionError:
    print("RecursionError 3")
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError:
    print("RecursionError 4")
sys.setrecursionlimit(50000)
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
print(deep(40000))
def m(n): return n if n == 0 else m(n-1)
print(list(map(m, [10])))
