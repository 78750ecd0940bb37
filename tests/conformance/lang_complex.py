a = 3 + 4j
b = complex(1, -2)
print(a, b, repr(a), abs(a), a.real, a.imag, a.conjugate(), 1j, -1j, 0j, complex(), complex(-0.0, 0))
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, 2 ** a, a + 1, 1 - a, 2.5 * a, a / 2, (1+1j) ** -1)
print(a == 3 + 4j, a == 3, complex(3, 0) == 3, complex(3, 0) == 3.0, a != b, hash(complex(3, 0)) == hash(3), hash(1j), hash(2 - 3j))
print(complex("1+2j"), complex(" (3-4.5j) "), complex("5"), complex("-j"), complex("1e3j"), complex("inf+nanj"), complex(2), complex(1.5, 2.5))
print((-8) ** (1/3), (-1) ** 0.5)
print(type(a).__name__, isinstance(a, complex), bool(0j), bool(1j), [1j, 2j][1], {1j: "x"}[1j])
print(f"{a}", f"{a:.2f}", f"{a:>20}", format(b, "g"), f"{1j:.1f}", str(1e20j), repr(complex(1e-5, 1e16)))
for bad in [lambda: a < b, lambda: a // 2, lambda: a % 2, lambda: int(a), lambda: float(a), lambda: 1 / 0j, lambda: complex("abc"), lambda: complex("1+2"), lambda: 0j ** -1, lambda: round(a), lambda: complex("1", 2), lambda: complex([])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sum([1j, 2, 3.5]), sorted([3j, 1j], key=abs), divmod(7, 2), 1j * 1j, (1+2j).__class__)
import math
print(math.isclose(abs(1+1j), math.sqrt(2)), complex(True), -(1+0j), +(2j))
class MyC:
    def __complex__(self):
        return 2+3j
print(complex(MyC()), complex(real=1, imag=2))
print(1j ** 2, (2+0j) ** 3, (1+2j) ** 0, 0j ** 0, (0.5+0.5j) ** 10)
