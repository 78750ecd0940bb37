def f(n): return f(n+1)
for i in range(3000):
    try:
        f(0)
    except RecursionError:
        pass
print("ok")
