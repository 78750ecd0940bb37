x = 1
for i in range(100):
    x = x * 3 + 1
print(x, x.bit_length(), x % 1000007)
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, len(str(a)))
f = 1
for i in range(1, 41):
    f *= i
print(f, f // 10 ** 40, f % 10 ** 9)
n = 2 ** 100
while n > 1:
    n //= 3
print(n)
print(sum(2 ** i for i in range(64)) == 2 ** 64 - 1, (2 ** 64 - 1) & 0xFFFF, -(2 ** 65) >> 60)
