# ExceptionGroup, except*, add_note
def show(eg, indent=0):
    pad = " " * indent
    print(f"{pad}{type(eg).__name__}: {eg}")
    if isinstance(eg, BaseExceptionGroup):
        for e in eg.exceptions:
            show(e, indent + 2)

eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
show(eg)
print(eg.message, len(eg.exceptions), repr(eg))
print(str(eg), eg.args[0])

try:
    raise eg
except* ValueError as g:
    print("caught values", repr(g))
    print([str(e) for e in g.exceptions])
except* TypeError as g:
    print("caught types", repr(g))

def nested():
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o"), KeyError("k2")])])
    except* KeyError as g:
        print("keys:", repr(g))
        show(g)
    except* OSError as g:
        print("os:", repr(g))
nested()

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rest:
    print("remaining", repr(rest))

try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("naked wrapped:", repr(g), type(g).__name__)
except Exception as e:
    print("unexpected", e)

sub, rest = eg.split(ValueError)
print(repr(sub), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(KeyError))
sub, rest = eg.split(Exception)
print(repr(sub), rest)

beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("b", [ValueError()])
print(type(beg2).__name__, isinstance(beg2, ExceptionGroup))

try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("x", ValueError())
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)

e = ValueError("bad value")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)

mg = MyGroup("mine", [ValueError(1), KeyError(2)])
a, b = mg.split(ValueError)
print(type(a).__name__, a.message, type(b).__name__, b.message)

try:
    raise ExceptionGroup("g", [ValueError("x")])
except* ValueError as g:
    try:
        raise g.exceptions[0]
    except ValueError as inner:
        print("re-raised inner", inner)

count = 0
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        count += 1
print("count", count)
