def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise TypeError("one")
    if n == 2:
        return 1 / 0
    return n


for i in range(4):
    try:
        r = risky(i)
    except (ValueError, TypeError) as e:
        print("caught", type(e).__name__, e, e.args)
    except ZeroDivisionError:
        print("div by zero")
    else:
        print("ok", r)
    finally:
        print("finally", i)


class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


try:
    raise MyError(42, "custom")
except MyError as e:
    print(e.code, e, repr(e), isinstance(e, Exception))

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(e, "context:", type(e.__context__).__name__)


def nested():
    try:
        return "try"
    finally:
        print("cleanup runs")


print(nested())


def swallow():
    try:
        raise ValueError
    finally:
        return "finally wins"


print(swallow())

try:
    raise
except RuntimeError as e:
    print("bare raise:", e)

e2 = None
try:
    raise Exception("a", "b", 3)
except Exception as ex:
    e2 = ex
print(e2.args, str(e2), repr(e2))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("assert empty:", repr(e))


def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print("generator closed")
        raise


g = gen_exc()
next(g)
g.close()
print(repr(ValueError()), str(KeyError("x")), str(KeyError()), repr(StopIteration(5)))
try:
    raise ExceptionGroup if False else OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
