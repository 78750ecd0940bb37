import math
def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3
def newton(f, df, x0, tol=1e-12):
    x = x0
    for i in range(50):
        step = f(x) / df(x)
        x -= step
        if abs(step) < tol:
            return x, i
    return x, 50
print(round(simpson(math.sin, 0, math.pi), 10), round(simpson(lambda x: x * x, 0, 3), 10))
print(newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0), newton(math.cos, lambda x: -math.sin(x), 1.0)[0])
def mean_std(xs):
    m = sum(xs) / len(xs)
    return m, math.sqrt(sum((x - m) ** 2 for x in xs) / len(xs))
print(mean_std([2, 4, 4, 4, 5, 5, 7, 9]), mean_std([1.5, 2.5]))
print([round(math.exp(-x) * math.cos(2 * math.pi * x), 6) for x in (0, 0.25, 0.5, 1)])
print(sum(1 / k ** 2 for k in range(1, 10001)), math.pi ** 2 / 6)
