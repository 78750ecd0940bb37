def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter(); c(); print(c())
def make_acc(total=0):
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc(10)
print(acc(5), acc(5), acc.__closure__ is not None, acc.__name__, acc.__qualname__)
def rec(n):
    def helper(k):
        return 1 if k <= 1 else k * helper(k - 1)
    return helper(n)
print(rec(10))
def gen_funcs():
    return [(lambda x, i=i: x * i) for i in range(4)]
print([f(10) for f in gen_funcs()])
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
def kw_only(*, a, b=2):
    return a + b
print(kw_only(a=1), kw_only(a=1, b=5))
def varargs(*args, **kwargs):
    return len(args), sorted(kwargs)
print(varargs(), varargs(1, 2, x=1, y=2))
print((lambda: outer.__name__)(), outer.__doc__, defaults.__defaults__)
