# weakref: references die where CPython frees the target (del, returns, expression statements), callbacks after __del__, WeakValueDictionary/WeakKeyDictionary/WeakSet, proxies, finalize (at death and at exit), WeakMethod.
import weakref, gc, sys
class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Node({self.name})"
class WithDel(Node):
    def __del__(self): print("__del__", self.name)
cache = weakref.WeakValueDictionary()
def get(name):
    n = cache.get(name)
    if n is None:
        n = Node(name); cache[name] = n; print("created", name)
    return n
a = get("a"); b = get("a"); print(a is b, sorted(cache.keys()))
del a, b
print(sorted(cache.keys()), "a" in cache, len(cache))
w = WithDel("w")
r = weakref.ref(w, lambda ref: print("callback; ref dead:", ref() is None))
print(weakref.getweakrefcount(w), r() is w, r == weakref.ref(w))
del w
print("after del", r())
def scope():
    local = Node("local")
    weakref.finalize(local, print, "finalized local")
    print("leaving scope")
scope()
print("after scope")
parent = Node("parent"); child = Node("child")
parent.child = child; child.parent = weakref.ref(parent)
print(child.parent() is parent)
del parent
print(child.parent())
p = weakref.proxy(Node("tmp")) if False else None
n = Node("px"); px = weakref.proxy(n); print(px.name, repr(px).startswith("<weakproxy"))
del n
try: px.name
except ReferenceError as e: print("RE", e)
ws = weakref.WeakSet(); items = [Node(i) for i in range(3)]
for it in items: ws.add(it)
del it
print(len(ws)); x = items.pop(); del x; print(len(ws), sorted(n.name for n in ws))
kd = weakref.WeakKeyDictionary(); k = Node("key"); kd[k] = "v"; print(kd[k], len(kd)); del k; print(len(kd))
try: weakref.ref(5)
except TypeError as e: print("TE", e)
try: weakref.ref([])
except TypeError as e: print("TE", e)
holder = Node("holder"); fz = weakref.finalize(holder, print, "exit finalizer"); print(fz.alive)
print(fz.peek()[1:] if fz.peek() else None)
class Meth:
    def m(self): return "m called"
mo = Meth(); wm = weakref.WeakMethod(mo.m); print(wm()()); del mo; print(wm())
print("end of program")
