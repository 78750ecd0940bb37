# complex repr/format/arithmetic/parsing, float/int mixed arithmetic edges, pow with modulus 1.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for z in [1+2j, -1.5j, complex(0, 0), complex(-0.0, -0.0), complex(1e20, 1e-20), complex(float("inf"), float("nan")), 3+0j, complex(2, -0.0)]:
    print(repr(z), str(z), format(z, ""), format(z, ".2f"), format(z, "^20"), format(z, "+.3e"), format(z, "g"), z.real, z.imag, z.conjugate(), abs(z) if z == z else "nan")
t(lambda: (1+2j) * (3-4j)); t(lambda: (1+2j) / (3-4j)); t(lambda: (1+2j) ** 2); t(lambda: (1+2j) ** 0.5); t(lambda: 1j ** 1j); t(lambda: (1+2j) / 0); t(lambda: 0j ** -1); t(lambda: (1+1j) // 1); t(lambda: (1+1j) % 1); t(lambda: (1+1j) < 2); t(lambda: hash(1+0j) == hash(1)); t(lambda: complex(1, 2) == 1+2j); t(lambda: complex("1+2j") + 1)
t(lambda: complex(1j, 1j)); t(lambda: complex("1", 2)); t(lambda: complex(None)); t(lambda: complex("")); t(lambda: complex("1+")); t(lambda: complex(" 1j ")); t(lambda: complex("(1)")); t(lambda: complex("infj")); t(lambda: complex("-nan+nanj")); t(lambda: format(1+2j, "=10")); t(lambda: format(1+2j, "010")); t(lambda: format(1+2j, "d"))
t(lambda: divmod(float("inf"), 1)); t(lambda: divmod(1, float("inf"))); t(lambda: divmod(-1, float("inf"))); t(lambda: float("inf") % 2); t(lambda: round(1e300, -300)); t(lambda: round(123.456, -1)); t(lambda: round(-0.0)); t(lambda: round(0.5 + 1e-16)); t(lambda: round(2**60 + 0.0)); t(lambda: int(2.0**60)); t(lambda: 2**60 == 2.0**60)
t(lambda: 10 ** -2); t(lambda: (-10) ** 3); t(lambda: 2 ** 0.5 ** 2); t(lambda: (-2) ** 2); t(lambda: -2 ** 2); t(lambda: 0 ** 0); t(lambda: 0.0 ** 0.0); t(lambda: pow(0, 0, 1)); t(lambda: pow(5, 0, 1)); t(lambda: pow(-2, 3, 5)); t(lambda: pow(2, -3, 7)); t(lambda: pow(6, -1, 9)); t(lambda: 7 // -2); t(lambda: -7 // 2); t(lambda: 7.0 // -2); t(lambda: -7 % 2.5)
t(lambda: 1e308 + 1e308); t(lambda: -1e308 * 10); t(lambda: 1e-320 / 1e10); t(lambda: float("inf") - float("inf")); t(lambda: 0.0 * float("inf")); t(lambda: 5 / 2); t(lambda: 4 / 2); t(lambda: type(4 / 2)); t(lambda: 2**53 + 1.0); t(lambda: (2**53 + 1) / 1); t(lambda: 10**30 // 7.0); t(lambda: 10**30 % 7.0)
t(lambda: 1 == 1.0 == True); t(lambda: 0.1 + 0.2 > 0.3); t(lambda: 2**63 == 2.0**63); t(lambda: 2**64 - 1 < 2.0**64); t(lambda: float(2**63 - 1) == 2**63 - 1); t(lambda: int(float(2**63 - 1))); t(lambda: 9007199254740993 < 9007199254740992.0); t(lambda: -0.0 == 0); t(lambda: hash(-0.0) == hash(0))
