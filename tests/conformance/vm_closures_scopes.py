def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
x = "global"


def read_global():
    return x


def write_global():
    global x
    x = "changed"


print(read_global())
write_global()
print(x)


def outer():
    y = 1

    def middle():
        def inner():
            return y + 1
        return inner()

    return middle()


print(outer())


def adders():
    return [lambda n, k=k: n + k for k in range(3)]


print([f(10) for f in adders()])


def decorator_with_args(prefix):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return f"{prefix}:{fn(*args, **kwargs)}"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco


@decorator_with_args("LOG")
def greet(name, punct="!"):
    return "hi " + name + punct


print(greet("bob"), greet("al", punct="?"), greet.__name__)


def memo(fn):
    cache = {}

    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w


@memo
def fibm(n):
    return n if n < 2 else fibm(n - 1) + fibm(n - 2)


print(fibm(80), len(fibm.cache))


def scope_test():
    def do_local():
        spam = "local spam"

    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"

    def do_global():
        global spam
        spam = "global spam"

    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)


scope_test()
print("In global scope:", spam)
print([y for y in range(3)], (lambda: [z * 2 for z in range(3)])())
try:
    def bad():
        print(undefined_local)
        undefined_local = 1
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
