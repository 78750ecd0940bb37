classes = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, AttributeError, NameError, UnboundLocalError,
           RecursionError, NotImplementedError, StopIteration, OverflowError, FileNotFoundError, ModuleNotFoundError,
           UnicodeDecodeError, AssertionError, RuntimeError, SystemExit, KeyboardInterrupt, GeneratorExit, Exception]
for c in classes:
    print(c.__name__, [b.__name__ for b in c.__mro__[1:]])
print(issubclass(FileNotFoundError, OSError), issubclass(IOError, OSError), IOError is OSError, issubclass(bool, int))
e = KeyError("k")
print(isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, BaseException), isinstance(SystemExit(), Exception))
try:
    raise IndexError("idx")
except LookupError as err:
    print("caught as LookupError:", repr(err))
class AppError(Exception): pass
class DbError(AppError): pass
try:
    raise DbError("db down")
except AppError as err:
    print(type(err).__name__, err, isinstance(err, DbError))
