print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4)
print(not True == False, not (True == False), 1 + 2 == 3 and 2 < 3, 1 or 0 and 0, (1 or 0) and 0)
print(5 & 3 | 8, 5 ^ 1 << 2, ~0 + 1, -~5, 1 < 2 == 2, 3 if 0 else 4 if 1 else 5)
print([1, 2] + [3] * 2, "ab" * 2 + "c", 7 // 2 * 2 + 7 % 2, -7 // 2 * 2 + -7 % 2)
print(1 is 1 is 1 if False else "chained is", None is None, [] == [], {} != {"a": 1})
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 0xff; x ^= 0x0f
print(x)
s = "a"; s += "b"; s *= 3; print(s)
l = [1]; l += [2]; l *= 2; print(l)
print(True + True, True * 10, False - 1, 3 / True, int(True), str(False), bool(-1), True & False, True | False, True ^ True)
print(1e3 == 1000, 0.1 + 0.7, 7 / 7, type(7 / 7).__name__, type(7 // 7).__name__, 2 ** -1, type(2 ** 2).__name__)
