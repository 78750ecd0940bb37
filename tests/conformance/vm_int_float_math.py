import math
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(17, 5), divmod(-17, 5))
print(2 ** 10, 2 ** 64, (-3) ** 3, 10 ** -2, pow(2, 10, 1000), pow(7, -1, 13))
print(1 << 70, (1 << 70) >> 65, -1 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, -8 & 0xff)
big = 123456789012345678901234567890
print(big * big, big // 7, big % 97, -big // 13, str(big)[:10], len(str(big ** 5)))
print(int("123"), int("-0x1A", 16), int("101", 2), int(" 42\n"), int(3.7), int(-3.7), int(True))
print(float("3.25"), float("-inf"), float("1e5"), float(3), 5 / 2, 4 / 2, 1e309)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 1e-10, 1.5e300 * 10, 123456789.123456789)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1.005, 2), round(12345, -2))
print(abs(-7), abs(-7.25), max(1, 2.5, 2), min(-1, -1.5), sum([0.1] * 10))
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.9), math.fabs(-3))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(20), math.isqrt(99), math.comb(10, 3), math.perm(5, 2))
print(math.pi, math.e, math.inf, math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1.0))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
print((255).bit_length(), (10).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"))
print(3.5.is_integer(), 4.0.is_integer(), (0.75).as_integer_ratio(), 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(hex(255), oct(64), bin(10), hex(-1), format(255, "#010b"), f"{1234.5678:,.2f}")
print(float("nan") != float("nan"), 1 == 1.0, 1 is True, True == 1, hash(1) == hash(1.0) == hash(True))
print(-0.0, 0.0 == -0.0, str(-0.0), 5 // 0.5, 5 % 0.5, -5.5 // 2, -5.5 % 2)
for bad in ["math.sqrt(-1)", "math.log(0)", "1 / 0", "1.0 // 0", "math.factorial(-1)", "int('x1')"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
