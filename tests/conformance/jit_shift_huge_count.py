# Shift counts far beyond any word size, in compiled code.


def shl(x, k):
    return x << k


def shr(x, k):
    return x >> k


t = 0
for k in range(18000):
    t += shl(k, k % 70) + shr(k, k % 70)
print(t)
print(shr(5, 2**70), shr(-5, 2**70), shr(0, 2**70), shr(2**100, 2**64), shr(-(2**100), 2**64))
print(shl(0, 2**70))
try:
    shl(1, 2**70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
for k in range(2000):
    r = (shr(k, 2**64 + k), shr(-k - 1, 2**64 + k))
print(r)
