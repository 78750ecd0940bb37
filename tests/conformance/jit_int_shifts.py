# Shifts and bitwise ops in hot compiled code, past 63 bits and with negatives.


def shl(x, k):
    return x << k


def shr(x, k):
    return x >> k


def powers(n):
    out = 0
    for k in range(n):
        out = out + (1 << k)
    return out


def bits(a, b):
    return (a & b, a | b, a ^ b, ~a, -a)


def grow(n):
    x = 1
    for i in range(n):
        x = x << 1
    return x


def shrink(x):
    n = 0
    while x != 0 and x != -1:
        x = x >> 3
        n += 1
    return n, x


t = 0
for k in range(18000):
    t += shl(k, 3) + shr(k, 2) + powers(5) + grow(4) + shrink(k)[0]
    a, b, c, d, e = bits(k, 12345)
    t += a + b + c + d + e
print(t)
for k in (0, 1, 30, 31, 32, 61, 62, 63, 64, 65, 100, 200):
    print(k, shl(1, k), shl(-1, k), shl(3, k), shr(shl(1, k), k))
print(shl(2**62, 1), shl(2**62, 2), shl(-(2**62), 1), shl(-(2**62), 2))
print(shl(0, 1000), shr(-1, 1000), shr(1, 1000), shr(-(2**63), 63), shr(-(2**63), 64))
print(shr(2**63 - 1, 62), shr(-5, 1), shr(-1, 0), shr(2**100, 40))
print(powers(62), powers(63), powers(64), powers(70))
print(grow(62), grow(63), grow(64), grow(128))
print(bits(-1, 2**63 - 1))
print(bits(-(2**63), -1))
print(bits(2**63 - 1, -(2**63)))
print(bits(2**64, 2**64 - 1))
print(shrink(2**63 - 1), shrink(-(2**63)), shrink(2**100), shrink(-(2**100)))
for k in (-1, -64):
    try:
        shl(1, k)
    except ValueError as e:
        print("ValueError", e)
    try:
        shr(1, k)
    except ValueError as e:
        print("ValueError", e)
