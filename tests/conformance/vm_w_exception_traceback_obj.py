import sys
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError as e:
    print(type(e.__traceback__).__name__ if e.__traceback__ else None)
def f():
    try:
        raise ValueError("inner")
    except ValueError:
        return sys.exc_info()[1]
print(repr(f()))
