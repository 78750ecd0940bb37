# timeit, fnmatch (translate as CPython 3.11.7 spells it), html.escape/unescape, reprlib, errno, inspect (signature, Parameter, bind, predicates, getdoc, getmembers, getfullargspec).
import timeit, fnmatch, html, reprlib, errno, inspect, functools
t = timeit.timeit("x = sum(range(10))", number=100); print(type(t).__name__, t >= 0)
print(type(timeit.timeit(lambda: None, number=10)).__name__, len(timeit.repeat("pass", number=5, repeat=3)))
tm = timeit.Timer("y = a * 2", setup="a = 3"); print(tm.timeit(10) >= 0)
print(timeit.timeit("f()", globals={"f": lambda: 1}, number=3) >= 0)
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatch("foo.txt", "*.py"), fnmatch.filter(["a.py", "b.c", "cc.py"], "?.py"), fnmatch.fnmatchcase("A.PY", "*.py"))
print(fnmatch.translate("*.py"), fnmatch.translate("[!a-c]x?"), fnmatch.translate("a*b*c"), fnmatch.fnmatch("abxbc", "a*b*c"), fnmatch.fnmatch("[x]", "[[]x]"))
print(html.escape("<a href='x'>&\"</a>"), html.escape("<>", quote=False), html.unescape("&lt;p&gt; &amp;amp; &#65;&#x42; &copy; &nosuch; &eacute;"))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(10 ** 50), reprlib.repr((1,)), reprlib.repr([[[[[[[1]]]]]]]))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.children})"
print(Node())
r = reprlib.Repr(); r.maxlist = 2; print(r.repr([1, 2, 3]))
print(errno.ENOENT, errno.errorcode[2], errno.EACCES, errno.EEXIST)
def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool: """  Doc
    more."""
print(inspect.signature(f), list(inspect.signature(f).parameters), inspect.signature(f).parameters["b"].default, inspect.signature(f).return_annotation)
for p in inspect.signature(f).parameters.values(): print(p.name, p.kind, p.default is inspect.Parameter.empty, repr(p))
print(inspect.signature(lambda x, *, y=1: 0), inspect.signature(functools.partial(f, 1)))
class C:
    def __init__(self, x, y=0): pass
    def m(self, z): pass
    @staticmethod
    def s(q): pass
    @classmethod
    def cm(cls, w): pass
print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(C.s), inspect.signature(C.cm))
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.isfunction(C.m), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
def g(): yield 1
async def co(): pass
print(inspect.isgeneratorfunction(g), inspect.isgenerator(g()), inspect.iscoroutinefunction(co), inspect.isgeneratorfunction(f))
print(inspect.getdoc(f), repr(inspect.cleandoc("  a\n    b\n  c")))
print([n for n, v in inspect.getmembers(C, inspect.isfunction)], inspect.getmro(C)[-1])
b = inspect.signature(f).bind(1, 2, 3, 4, d=5, z=6); print(b.arguments, b.args, b.kwargs)
try: inspect.signature(f).bind(1)
except TypeError as e: print("TE", e)
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def wrapped(p, q=1): pass
print(inspect.signature(wrapped), inspect.unwrap(wrapped) is not wrapped)
print(inspect.getfullargspec(f))
from abc import ABC, abstractmethod
class Ab(ABC):
    @abstractmethod
    def x(self): ...
print(inspect.isabstract(Ab), inspect.isabstract(C))
