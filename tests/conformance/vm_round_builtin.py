for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 1e16 + 0.5, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
for v in [15, 25, 35, -25, 1234567, 5]:
    print(v, round(v), round(v, -1), round(v, -2), round(v, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
