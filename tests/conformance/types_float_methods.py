# float: hex/fromhex, is_integer, as_integer_ratio, round, repr, parsing, divmod/%/// signs.
from import_helper_types import t
for x in [1.0, 0.1, -2.5, 1e300, 5e-324, 0.0, -0.0, float("inf"), float("nan"), 3.14159, 2**-1074, 1.7976931348623157e308]:
    t(lambda: x.hex()); t(lambda: float.fromhex(x.hex()) == x or x != x); t(lambda: x.is_integer()); t(lambda: x.as_integer_ratio())
for s in ["0x1.8p1", "-0x1p-1074", "0x1.fffffffffffff8p1023", "0x1p1024", "inf", "-Infinity", "nan", "0x.8", "1.5", "0x1.000000000000080000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "  0x10  ", "0x1p", "x"]:
    t(lambda: float.fromhex(s))
for x in [2.675, 0.125, 0.375, 2.5, 3.5, -2.5, 1.005, 123.456, 1e20, 1e-20, 0.5, 1.5, 5e-324, 1e308]:
    print(round(x), round(x, 2), round(x, 1), round(x, 0), round(x, -1), round(x, -2))
t(lambda: round(float("inf"))); t(lambda: round(float("nan"))); t(lambda: round(float("inf"), 2)); t(lambda: round(1.5, None)); t(lambda: round(1e308, -308)); t(lambda: round(1.23456789e10, 3)); t(lambda: round(2.5, 400)); t(lambda: round(2.5, -400))
for x in [0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001, 1.5e-7, 9007199254740993.0, -0.0, 100.0, 1e22, 1e23, 2.0**63, 5e-324, 2.2250738585072014e-308]:
    print(repr(x), str(x), x)
for s in ["nan", "NaN", "-nan", "inf", "+inf", "-Infinity", "iNfInItY", "  1e5 ", "1_000.5", "1__0", "_1", "1e", ".5", "5.", ".", "1e500", "-1e500", "0x10", "1.5\n", "\t2", "", "abc", "１.５", "1,5", "in", "infinity1", "1e-400"]:
    t(lambda: float(s))
t(lambda: float(None)); t(lambda: float([1])); t(lambda: float(b"1.5")); t(lambda: float("1.5", 2)); t(lambda: float(10**400)); t(lambda: float(2**1023 * 2 - 1))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.3), (-1e-300, 1e300), (5, float("inf")), (-5, float("inf")), (0.0, -1), (-0.0, 1), (3, 0.0)]:
    t(lambda: divmod(a, b)); t(lambda: a % b); t(lambda: a // b)
t(lambda: float("inf") // 1); t(lambda: float("inf") % 1); t(lambda: 1e308 * 10); t(lambda: 1e308 ** 2); t(lambda: 2.0 ** 10000); t(lambda: (-8.0) ** (1/3)); t(lambda: 10.0 ** -400); t(lambda: 0.0 ** 0); t(lambda: float("nan") == float("nan")); t(lambda: float("nan") in [float("nan")])
n = float("nan"); t(lambda: n in [n]); t(lambda: [n] == [n]); t(lambda: max(1, n)); t(lambda: max(n, 1)); t(lambda: sorted([3, n, 1]))
t(lambda: 1e300 * 1e300 - 1e300 * 1e300); t(lambda: -(0.0)); t(lambda: abs(-0.0)); t(lambda: 0.1 * 3); t(lambda: 1 / 3 * 3); t(lambda: int(1e20)); t(lambda: int(-1e-20)); t(lambda: float.__round__(2.5)); t(lambda: (2.5).__trunc__()); t(lambda: (2.5).__floor__()); t(lambda: (-2.5).__ceil__())
t(lambda: (1.5).real); t(lambda: (1.5).imag); t(lambda: (1.5).conjugate()); t(lambda: float.is_integer(3.0)); t(lambda: 3.0 == 3); t(lambda: 0.1 + 0.2 == 0.3); t(lambda: (0.5).as_integer_ratio()); t(lambda: float("inf").as_integer_ratio()); t(lambda: float("nan").as_integer_ratio())
