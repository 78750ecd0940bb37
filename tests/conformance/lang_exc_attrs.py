class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"

e = AppError(404, "not found")
print(str(e), repr(e), e.args, e.code)

class NoInit(Exception):
    pass
n = NoInit("a", 2)
print(str(n), repr(n), n.args)
print(str(NoInit()), repr(NoInit()), repr(NoInit("x")))

print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
print(str(KeyError(1)), str(KeyError("")), repr(KeyError(None)))
try:
    {}["missing"]
except KeyError as k:
    print(k, repr(k), k.args)
try:
    {"a": 1}[("t", 1)]
except KeyError as k:
    print(k)

print(repr(ValueError()), str(ValueError()), repr(OSError(2, "No such")), str(OSError(2, "No such")))
oe = OSError(2, "No such file", "f.txt")
print(oe.errno, oe.strerror, oe.filename, str(oe))
print(type(FileNotFoundError(2, "x")).__name__, isinstance(FileNotFoundError(), OSError))
print(IOError is OSError, EnvironmentError is OSError)

se = StopIteration(5)
print(se.value, repr(se))
print(SystemExit(3).code, SystemExit().code)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(ue))
print(repr(AttributeError("x")), NameError("y").args)

try:
    raise ValueError("orig")
except ValueError as exc:
    try:
        raise TypeError("second") from exc
    except TypeError as t:
        print(repr(t.__cause__), repr(t.__context__), t.__suppress_context__)

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as t:
    print(t.__cause__, repr(t.__context__), t.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("ctx")
except KeyError as k:
    print(repr(k.__context__), k.__cause__)

def tb_depth():
    try:
        def inner():
            raise RuntimeError("deep")
        inner()
    except RuntimeError as r:
        tb = r.__traceback__
        n = 0
        while tb:
            n += 1
            tb = tb.tb_next
        return n
print("tb depth", tb_depth())

e2 = Exception("x")
print(e2.__traceback__, e2.__cause__, e2.__context__)
e3 = e2.with_traceback(None)
print(e3 is e2)

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr("m")))

try:
    raise Exception
except Exception as ex:
    print(repr(ex))

try:
    raise 5
except TypeError as t:
    print(t)

class NotExc:
    pass
try:
    raise NotExc()
except TypeError as t:
    print(t)
try:
    try:
        pass
    finally:
        raise ValueError("in finally")
except ValueError as v:
    print(v)

def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print("closing gen")
        raise
g = gen_exc()
next(g)
g.close()

ex = ValueError("a", "b")
ex.args = ("changed",)
print(ex, ex.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print(BaseException.__subclasses__ is not None, Exception.__mro__)
print(NotImplementedError.__mro__[1].__name__, ModuleNotFoundError.__base__.__name__)
