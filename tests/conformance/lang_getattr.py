class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

l = Lazy()
print(l.real, l.auto_foo, getattr(l, "auto_x"), getattr(l, "missing", "dflt"))
try:
    l.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(l, "auto_q"), hasattr(l, "zzz"))

class Logged:
    def __init__(self):
        self.a = 10
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

g = Logged()
print(g.a, g.secret)

class Both:
    x = 5
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom!")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"

b = Both()
print(b.x, b.boom, b.other)

class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

r = Recorder()
r.x = 1
r.y = 2
del r.x
print(r.log, vars(r))
try:
    del r.nope
except AttributeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
pl = Plain()
try:
    pl.foo
except AttributeError as e:
    print(e)
try:
    Plain.foo
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    "s".foo = 1
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
import math
try:
    math.nothere
except AttributeError as e:
    print(e)
try:
    [].appendx
except AttributeError as e:
    print(e)

class D:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(D()))

class Prop:
    @property
    def v(self):
        return 1
pp = Prop()
try:
    pp.v = 2
except AttributeError as e:
    print(e)
try:
    del pp.v
except AttributeError as e:
    print(e)

class WithSetter:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting")
ws = WithSetter()
ws.v = 5
print(ws.v, WithSetter.v.__doc__)
del ws.v
try:
    ws.v = -1
except ValueError as e:
    print(e)
print(getattr(ws, "v"), setattr(ws, "v", 9), ws.v, delattr(ws, "v"))
