for a in [0, 1, 5, -1, -5, 255, 2 ** 40, -(2 ** 40)]:
    print(a, a & 0xF, a | 0x10, a ^ 0xFF, ~a, a << 3, a >> 2, bin(a), hex(a))
print((1 << 100) >> 99, -1 >> 100, 1 << 0, 0b1010 & 0b0110, 0o777 ^ 0o111)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(int.bit_length(0), (12345).bit_count(), (-12345).bit_count())
