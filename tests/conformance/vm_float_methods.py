for x in [0.5, 1.0, -2.75, 1e10, 3.14159, 1 / 3]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.conjugate(), x.real, x.imag)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (2.5).__round__(), (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__())
import math
print(math.floor(2.7), math.ceil(2.2), math.trunc(-2.7), int(2.7), round(2.7), math.floor(-0.5), type(math.floor(1.5)).__name__)
