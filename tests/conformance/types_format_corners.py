# Format-spec corner cases: grouping with n/e/x/o, '=' alignment, zero padding of nan/inf, half-even exponent rounding, .Ng.
for v, s in [(1234, ",n"), (1234.5, ",n"), (1234, "_n"), (1.5, ",e"), (1.5, "_g"), (255, ",x"), (255, "_o"), (10**6, "_d"), (1e6, "_f"), (1234, "#,d"), ("ab", "<<3"), (12, "c<3"), (1.5, "=+8.2f"), (-1.5, "0=8.2f"), (1.5, "%"), (0.0001234, ".2%"), (1e300, "f")[:1] and (1e30, "f"), (float("nan"), "08.2f"), (float("-inf"), "=+10"), (1, "+x"), (-255, "#08x"), (255, "#_b"), (True, "08b"), (3, ".0%"), (2**64, "x"), (-2**64, "_X"), (1.0, ".0e"), (9.5, ".0e"), (0.5, ".0e"), (1.25, ".1e"), (1e-5, ".3g"), (123456, ".3g"), (123456, "g"), (0.1, ".17g"), (1/3, ".20f")]:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)
