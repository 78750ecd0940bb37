for n in [0, 1, 10, 255, 1024, -37, 2 ** 64 - 1]:
    print(n, n.bit_length(), n.bit_count(), n.to_bytes(9, "big", signed=True).hex(), (n).as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print(int.from_bytes(b"\xff\xfe", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(bytes(3), "big"))
print((3).__add__(4), (3).__radd__(4), (10).__floordiv__(3), (2).__pow__(10), (-5).__abs__(), (7).__neg__())
print(int.__name__, isinstance(True, int), (True).__int__() if hasattr(True, "__int__") else "n/a")
