# Repeating a list past 16M elements takes a different path (built by doubling, see
# repeatArray in vm/objects/sequence.ts); the contents must be the same as a plain repeat.
a = [1, 2, 3] * 5_600_001
print(len(a), a[0], a[1], a[2], a[-1], a[-2], a[-3])
print(a[16_777_215], a[16_777_216], a[16_777_217], a[16_800_001])
b = [None] * 16_777_217
print(len(b), b[-1], b[16_777_216] is None)
c = [0.5, "x"] * 9_000_000
print(len(c), c[17_999_998], c[17_999_999], c[8_388_608], c[8_388_609])
print(len([] * 20_000_000), len([7] * 0), len([7] * -3))
