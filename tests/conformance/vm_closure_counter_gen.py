def make_multiplier(n):
    return lambda x: x * n
doublers = [make_multiplier(i) for i in range(1, 4)]
print([f(10) for f in doublers])
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1)
print(acc(2), acc.__code__.co_name if hasattr(acc, "__code__") and hasattr(acc.__code__, "co_name") else "add")
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_gen()
print([s() for _ in range(10)])
def once(fn):
    done = False
    result = None
    def wrapper(*args):
        nonlocal done, result
        if not done:
            result = fn(*args)
            done = True
        return result
    return wrapper
@once
def setup(x):
    print("setting up", x)
    return x * 2
print(setup(5), setup(7))
