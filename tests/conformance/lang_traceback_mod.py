import traceback, sys

def clean(s):
    return s.replace(__file__, "<file>")

class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

def inner():
    raise ValueError("deep problem")
def outer():
    inner()
try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()))
    o = Out()
    traceback.print_exc(file=o)
    print(clean("".join(o.parts)))
try:
    try:
        d = {}
        d.pop("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(clean("".join(traceback.format_exception(e))))
    print(traceback.format_exception_only(type(e), e))
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False))))
print(traceback.format_exc())
e = ValueError("never raised")
print(traceback.format_exception(e))
e.add_note("a note")
print(traceback.format_exception_only(e))
def gen():
    yield 1
    raise KeyError("in gen")
try:
    list(gen())
except KeyError:
    print(clean(traceback.format_exc()))
try:
    raise ExceptionGroup("grp", [ValueError("v"), TypeError("t")])
except ExceptionGroup as eg:
    print(clean(traceback.format_exc()))
