for s in ["1", "1.5", " -2.25 ", "1e10", "1E-3", ".5", "5.", "inf", "-Infinity", "nan", "NaN", "1_000.5", "0x10", "abc", "", "1.2.3", "+.3e+2"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(float(True), float(10 ** 20), float("  7  "), 7.0 == float(7))
