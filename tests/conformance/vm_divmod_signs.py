for a in [7, -7, 0, 13, -13]:
    for b in [2, -2, 5, -5]:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
for a in [7.5, -7.5, 0.0, -0.0]:
    for b in [2, -2.0, 0.5]:
        print(a, b, a // b, a % b, divmod(a, b))
