import math
print(math.sqrt(2), math.isqrt(10 ** 20 + 1), math.pow(2, 0.5), math.exp(1), math.log(100, 10), math.log(2 ** 100), math.log10(2), math.log2(3))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.factorial(15), math.comb(20, 10), math.perm(10, 3), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(2, 3, 4))
print(math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.fsum([1e20, 1, -1e20]), sum([1e20, 1, -1e20]), math.prod([2, 3, 4], start=2))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2), math.isfinite(math.inf), math.isnan(math.nan))
print(math.copysign(2, -1), math.fabs(-4), math.fmod(-7, 3), math.remainder(7, 3), math.modf(-3.25), math.frexp(12.0), math.ldexp(3, 3))
print(math.degrees(1), math.radians(90), math.gamma(5), math.expm1(1e-10), math.log1p(1e-10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(-2), lambda: math.factorial(2.5), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
