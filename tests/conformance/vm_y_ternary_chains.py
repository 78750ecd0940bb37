def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
sign = lambda n: (n > 0) - (n < 0)
print([sign(n) for n in [-5, 0, 7]], [("even" if n % 2 == 0 else "odd") for n in range(4)])
