x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
print(read_global(), shadow(), x)

def unbound():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c1(); c1()
print(c1(), c1.__code__.co_freevars, c1.__closure__[0].cell_contents)

def set_global():
    global newg
    newg = "created"
set_global()
print(newg)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def outer():
    v = 1
    def middle():
        def inner():
            return v
        return inner
    v = 2
    return middle()()
print(outer())

class K:
    attr = 5
    lst = [attr * i for i in range(3)] if False else None
    def method(self):
        return attr if False else K.attr
print(K().method())
class K2:
    a = 1
    try:
        b = [a for _ in range(2)]
    except NameError as e:
        b = str(e)
print(K2.b)

y = 10
class Scope:
    y = 20
    z = y + 1
    def get(self):
        return y
print(Scope.z, Scope().get())

def deleter():
    q = 1
    del q
    try:
        return q
    except UnboundLocalError as e:
        return str(e)
print(deleter())
try:
    del undefined_name_here
except NameError as e:
    print(e)
try:
    print(undefined_var)
except NameError as e:
    print(e, e.name)
try:
    prnt("x")
except NameError as e:
    print(e)

def gen_closure():
    vals = []
    for i in range(3):
        def f(j=i):
            return j * 10
        vals.append(f)
    return [v() for v in vals]
print(gen_closure())

def nl():
    a = []
    def add(v):
        a.append(v)
        return len(a)
    add(1); add(2)
    return a
print(nl())

total = 0
def acc(n):
    global total
    for i in range(n):
        total += i
acc(5)
print(total)

print([(lambda: k)() for k in "ab"])
z = 5
print([z for z in range(3)], z)
print({k: v for k, v in zip("ab", (1, 2))}, {c for c in "aab"} == {"a", "b"})
comp_scope = [[j for j in range(i)] for i in range(4)]
print(comp_scope)
def outer_nl():
    x = 0
    def a():
        nonlocal x
        x += 1
        def b():
            nonlocal x
            x *= 10
        b()
    a(); a()
    return x
print(outer_nl())
print(locals() is globals(), "x" in globals(), sorted(k for k in vars() if k == "total"))
def loc():
    p = 1; q = 2
    return sorted(locals().items())
print(loc())
