counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment(); increment()
print(counter)
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = make()
add(5); add(7)
print(get())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def define_global():
    global new_name
    new_name = "created"
define_global()
print(new_name)
x = "module"
def f():
    x = "f"
    def g():
        return x
    return g()
print(f(), x)
def h():
    return [x for _ in range(1)]
print(h())
class C:
    y = 10
    vals = [y * i for i in range(3)] if False else None
    def m(self):
        return y_global
y_global = "yg"
print(C().m(), C.y)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        def innermost():
            nonlocal v
            v *= 10
        innermost()
    inner()
    return v
print(outer())
