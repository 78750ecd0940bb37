def is_pal(n):
    s = str(n)
    return s == s[::-1]
print([n for n in range(100, 200) if is_pal(n)], is_pal(12321), is_pal(123))
best = max(a * b for a in range(90, 100) for b in range(a, 100) if is_pal(a * b))
print(best)
