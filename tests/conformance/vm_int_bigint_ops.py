a = 2 ** 200 + 12345
b = -(3 ** 100)
print(a + b, a - b, a * b, a // 7, a % 7, b // 7, b % 7, -a // 3, -a % 3)
print(divmod(a, -97), divmod(b, 13), pow(a, 3, 10 ** 9 + 7), pow(b, 2), abs(b))
print(a >> 150, a << 5, b >> 10, b & 0xFFFF, a | 1, a ^ b, ~a)
print(a == 2 ** 200 + 12345, a > b, b < 0, a.bit_length(), b.bit_length(), (a * 0) == 0)
print(str(a)[:20], len(str(b)), int(str(a)) == a, hex(a)[:12], oct(-b)[:10], bin(2 ** 70)[:6])
print(float(a), float(2 ** 1023), a / b, b / 3, 10 ** 30 / 10 ** 10, 7 // -2 ** 70)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
fact = 1
for i in range(2, 60):
    fact *= i
print(fact, fact % 1000003, fact // 10 ** 70)
x = 0
for i in range(100):
    x = x * 31 + i
print(x, x % (2 ** 61 - 1), hash(x) == hash(x % (2 ** 61 - 1)))
print(2 ** 53 + 1, 2 ** 53 + 1 - 1, (2 ** 53 + 1) * 1.0, 9007199254740993 == 9007199254740992.0)
print(int("9" * 40) + 1, -int("123456789" * 5), round(123456789012345678901, -5))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)), max(2 ** 64, 2 ** 63), sorted([2 ** 65, -1, 2 ** 64]))
