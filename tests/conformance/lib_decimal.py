from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, InvalidOperation, DivisionByZero, Context
D = Decimal
print(D("1.1") + D("2.2"), D("3.30") - D("1.3"), D("1.5") * D("2"), D("7") / D("8"), D(2) / D(3), D("-7") // D("2"), D("-7") % D("2"), divmod(D("7.5"), D("2")))
print(D("100") / D("3"), D("1e10") * D("1e10"), D("123.456e-2"), D("1E+2"), D("0.000001"), D("0.0000001"), D("-0"), D("+5.000"), D("  7  "), D("1_000.5"))
print(D(0.1), D(1.5), D(-2.75), D(10**30), D((0, (1, 2, 3), -2)), D((1, (5,), 3)), D("inf"), D("-Infinity"), D("nan"), repr(D("NaN")))
print(D("1.23").as_tuple(), D("12.50").normalize(), D("0.00").normalize(), D("1E3").normalize(), D("120").normalize(), D("5").adjusted(), D("0.05").adjusted())
for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR):
    print(r, [str(D(x).quantize(D("0.1"), rounding=r)) for x in ("1.25", "1.35", "-1.25", "1.21", "-1.29")])
print(D("123.456").quantize(D("1.")), D("123.456").quantize(D("1e1")), D("0.5").to_integral_value(), D("1.5").to_integral_value(), D("2.5").to_integral_value(ROUND_HALF_UP))
print(round(D("2.675"), 2), round(D("2.5")), round(D("3.5")), round(D("-0.5")), int(D("-3.9")), float(D("1.1")), D("3.7").__floor__(), D("3.2").__ceil__())
import math
print(math.floor(D("-2.5")), math.ceil(D("-2.5")), math.trunc(D("-2.5")), D(2).sqrt(), D("0.25").sqrt(), D(16).sqrt(), D("1e-4").sqrt())
print(D("1.0") == D("1.00"), D("1") == 1, D("0.5") == 0.5, D("0.1") == 0.1, D(1) < D("1.01"), D(3) > 2, D("1.5") <= 1.5, hash(D("1.0")) == hash(1), hash(D("0.5")) == hash(0.5))
print(sorted([D("1.10"), D("1.1"), D("0.9"), D("-1")]), max(D("1"), D("1.0")), min([D("2"), D("1.99")]), sum([D("0.1")] * 3), sum([D("1.10"), D("2.205")], D(0)))
print(abs(D("-1.50")), -D("0.0"), +D("1.23456789012345678901234567890"), D(2) ** 10, D("1.1") ** 2, D(2) ** -2, D("0.5") ** 3, D(10) ** 0)
print(f"{D('1234.5678'):.2f}", f"{D('1234.5'):,.2f}", f"{D('0.125'):.1%}", f"{D('12345.678'):e}", f"{D('12345.678'):.3e}", f"{D('1.5'):>8}", f"{D('-1.5'):+010.3f}", f"{D('0.00012'):g}", f"{D('100'):.2f}")
print(format(D("3.14159"), ".3f"), format(D("1e5"), "f"), format(D("2.5"), ".0f"), format(D("3.5"), ".0f"), "{:}".format(D("1.20")), str(D("-0.00")), D("1.20") + 0)
with localcontext() as ctx:
    ctx.prec = 6
    print(D(1) / D(7), D("123456789") + 0, D("1.23456789") * 1, ctx.prec)
print(D(1) / D(7), getcontext().prec, getcontext().rounding)
getcontext().rounding = ROUND_HALF_UP
print(D("2.5").quantize(D("1")), round(D("2.5"), 0), D(1) / D(8) * 1)
getcontext().rounding = ROUND_HALF_EVEN
ctx = Context(prec=3)
print(ctx.divide(D(1), D(3)), ctx.add(D("1.234"), D("1")), ctx.multiply(D("3.333"), 3), ctx.power(D(2), 10))
for bad in [lambda: D("abc"), lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D(1) % D(0), lambda: D("1.5") + 1.5, lambda: D("-1").sqrt(), lambda: int(D("nan")), lambda: D(1).quantize(D("1e-30"))]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, TypeError, ValueError, ArithmeticError) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
print(D("1.2E+3").to_eng_string(), D("0.000012").to_eng_string(), D(5).is_zero(), D(0).is_zero(), D(-1).is_signed(), D("inf").is_infinite(), D("nan").is_nan(), D(1).is_finite())
print(D("10").max(D("2")), D("10").min(2), D("1.5").copy_negate(), D("-2").copy_abs(), D(3).compare(D(4)), D("1.50").same_quantum(D("2.00")), D("7").fma(2, 1))
print(D(123).as_integer_ratio(), D("0.75").as_integer_ratio(), D("-1.25").as_integer_ratio(), D("12.345").quantize(D("0.01")), D(str(1/3))[:5] if False else D(str(1 / 3)))
prices = [D("19.99"), D("5.01"), D("0.10")]
total = sum(prices); tax = (total * D("0.0825")).quantize(D("0.01"), rounding=ROUND_HALF_UP)
print(total, tax, total + tax, f"${total + tax:,.2f}", (total / 3).quantize(D("0.0001")))
for bad in [lambda: D("abc"), lambda: D(1) / D(0), lambda: D(0) / D(0)]:
    try:
        bad()
    except ArithmeticError as e:
        print(type(e).__name__, e)
