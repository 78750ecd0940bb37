print((10).bit_length(), (0).bit_length(), (-255).bit_length(), (7).bit_count() if hasattr(int, "bit_count") else 3)
print(int("ff", 16), int("0x1f", 0), int("0b101", 0), int("  12  "), int("1_000"), int("-7"), int(3.9), int(-3.9), int(True))
for bad in ["1.5", "", "abc", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), 2 ** -1, (-8) ** (1 / 3) if False else 0)
print(abs(-5), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), round(1234, -2), round(-0.5), round(7.0), type(round(7.0)))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x00\xff", "big"), (3).__index__(), (5).conjugate(), (6).numerator, (6).denominator, (6).real, (6).imag)
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), format(255, "08b"), format(-1, "x"))
print(1.5.is_integer(), 2.0.is_integer(), (0.5).as_integer_ratio(), (2.0).hex(), float.fromhex("0x1.8p1"), (3.0).conjugate())
print(float("1e5"), float(" -2.5 "), float("inf"), float("-inf"), float("nan"), float("1_0.5"), float(3), float("Infinity"))
try:
    float("x")
except ValueError as e:
    print(type(e).__name__, e)
print(1e16, 1e-5, 0.1 + 0.2, 1 / 3, 2 / 1, 10 // 3, -10 // 3, 10 % -3, -7.5 // 2, -7.5 % 2, 1e300 * 1e10, -1e300 * 1e10)
print(round(0.1 + 0.2, 10), 3.0 == 3, hash(3.0) == hash(3), 0.1 * 3, 123456789.0 * 10 ** 10, 1.0e22, 1e21, 1e-4, 0.0001234)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
print(2 ** 100, -2 ** 63, (2 ** 64) // 3, (2 ** 64) % 1000, str(10 ** 30)[:5], len(str(3 ** 200)), int("9" * 30) + 1)
print(max(1, 2.5), min([3, 1.0, 2]), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []))
print(int.__name__, float.__name__, isinstance(True, int), True + True, True * 3.0, bool(0.0), bool("0"), 7 .__floordiv__(2), (7).__rtruediv__(14))
print(float.__repr__(1.0), repr(1e100), repr(-0.0), 5e-324, 1.7976931348623157e308, 2.5e-7, str(1.0), str(100.0), 1e15 + 0.3)
print(f"{3.14159:.2f} {1e6:.3g} {42:5d} {0.5:.0%} {1234.5678:,.1f} {-3:+} {7:#06x} {3.0:g} {1e-7:g} {123456789:e}")
print(int.from_bytes([1, 2], "little"), (-5) // 2, (-5) % 2, 5 // -2, 5 % -2, -(5 // 2))
print(7 .__divmod__(2), (2).__pow__(3), (3).__lt__(4), (3).__eq__(3.0), (3).__add__(1.5), (1.5).__radd__(1))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), math.ceil(2.0000001), type(math.floor(2.5)))
