import contextlib, io, sys, types, keyword, warnings, gc, atexit, queue, graphlib, numbers
from contextlib import contextmanager, suppress, redirect_stdout, ExitStack, closing, nullcontext
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["k"]
print("after swallow")
@tag("deco")
def decorated():
    print("body")
decorated()
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print("captured:", buf.getvalue().strip())
with ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("stack body")
class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)
try:
    @contextmanager
    def noyield():
        if False:
            yield
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [2]; print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[2]))
print(isinstance(lambda: 0, types.FunctionType), isinstance(print, types.BuiltinFunctionType), type(sys) is types.ModuleType, types.GeneratorType.__name__)
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.issoftkeyword("match"), len(keyword.kwlist))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", DeprecationWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
warnings.simplefilter("error")
try:
    warnings.warn("now an error", UserWarning)
except UserWarning as e:
    print(type(e).__name__, e)
warnings.resetwarnings()
print(gc.collect() >= 0, gc.isenabled(), isinstance(3, numbers.Number), isinstance(2.5, numbers.Integral), isinstance(True, numbers.Real))
q = queue.Queue(); [q.put(i) for i in range(3)]; print(q.get(), q.qsize(), q.empty())
pq = queue.PriorityQueue(); [pq.put(x) for x in [(3, "c"), (1, "a"), (2, "b")]]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); lq.put(1); lq.put(2); print(lq.get(), lq.get())
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print("Empty", type(e).__name__)
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print(type(e).__name__, e.args[0])
atexit.register(print, "bye from atexit")
@atexit.register
def last():
    print("registered first runs last")
print("end of main")
