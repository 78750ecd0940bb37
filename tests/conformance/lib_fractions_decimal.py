from fractions import Fraction
a = Fraction(1, 3); b = Fraction(2, 4)
print(a, b, a + b, a - b, a * b, a / b, a ** 2, -a, abs(-a), a < b, a == Fraction(2, 6), b == 0.5, repr(a))
print(Fraction("3/4"), Fraction("1.25"), Fraction(0.5), Fraction(5), Fraction(-6, 4), Fraction(3, -9), Fraction("  -2/3 "))
print(a.numerator, a.denominator, float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(Fraction(1, 3) + 1, 1 + Fraction(1, 3), Fraction(1, 2) + 0.25, 2 * Fraction(3, 4), Fraction(3, 4) // Fraction(1, 3), Fraction(3, 4) % Fraction(1, 3))
print(Fraction(355, 113).limit_denominator(10), Fraction(3.14159).limit_denominator(100), Fraction(1, 3).as_integer_ratio(), hash(Fraction(1, 2)) == hash(0.5))
print(sum([Fraction(1, n) for n in range(1, 5)]), sorted([Fraction(1, 2), Fraction(1, 3)]), Fraction(2, 1) == 2, str(Fraction(4, 2)), Fraction(1, 2) ** -2, 4 ** Fraction(1, 2))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    Fraction("x")
except ValueError as e:
    print(type(e).__name__, e)
print(f"{Fraction(1, 3)}", {Fraction(1, 2): 1}[Fraction(2, 4)], Fraction(1, 2) > 0.4, max(Fraction(1, 2), Fraction(2, 3)), bool(Fraction(0)), Fraction(7, 3).__floor__() if False else "")
import math
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), divmod(Fraction(7, 2), 1))
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(10) / Decimal(4), Decimal("1") / Decimal("3"), Decimal("2.50"), repr(Decimal("1.5")))
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.5").quantize(Decimal("1")), Decimal("7.89").quantize(Decimal("0.1"), rounding=ROUND_DOWN))
print(Decimal("1.5") < Decimal("2"), Decimal("1.0") == Decimal("1"), Decimal(5) == 5, Decimal("-3.5").__abs__() if False else abs(Decimal("-3.5")), -Decimal("2"), Decimal("10") - 3, Decimal("0.00"), int(Decimal("7.9")), float(Decimal("0.5")))
print(sum([Decimal("0.1")] * 10), Decimal("1e3"), Decimal("100").sqrt() if False else "", Decimal("12.345").as_tuple() if False else "", str(Decimal("1.20") + Decimal("1.3")), f"{Decimal('3.14159'):.2f}")
getcontext().prec = 5; print(Decimal(1) / Decimal(7)); getcontext().prec = 28
print(Decimal(0.5), Decimal(3), Decimal("-0"), round(Decimal("2.567"), 2), Decimal("5") % Decimal("3"), Decimal("7") // Decimal("2"), Decimal(2) ** 10)
