# Ranges with bounds beyond 2**53: len, indexing, slicing, membership, index/count, equality, hash, iteration.
from import_helper_types import t
t(lambda: 10**20 in range(0, 10**30, 10)); t(lambda: 10**20 + 1 in range(0, 10**30, 10)); t(lambda: len(range(0, 10**30, 7))); t(lambda: len(range(0, 10**18, 7))); t(lambda: range(10**30)[-1]); t(lambda: range(1, 10**30)[10**29:][:3]); t(lambda: range(1, 10**30)[:3])
t(lambda: range(10**30)); t(lambda: range(-10**20, 10**20, 10**19)); t(lambda: list(range(-10**20, 10**20, 10**19))[:3]); t(lambda: list(reversed(range(2**64, 2**64 + 3)))); t(lambda: range(2**64).count(2**63)); t(lambda: range(2**64).index(2**63)); t(lambda: range(2**64).index(-1))
t(lambda: range(2**64) == range(2**64)); t(lambda: range(2**64)[:0] == range(0)); t(lambda: hash(range(2**64)) == hash(range(0, 2**64, 1))); t(lambda: range(2**64).stop); t(lambda: range(2**64).start); t(lambda: bool(range(2**64, 0))); t(lambda: range(2**64)[2**63]); t(lambda: range(2**64)[2**64])
t(lambda: range(10**30)[::10**29]); t(lambda: len(range(10**30)[::10**29])); t(lambda: range(2**64, 0, -2**60)); t(lambda: list(range(2**64, 0, -2**62))); t(lambda: range(2**64).__len__())
t(lambda: sum(range(2**60, 2**60 + 5))); t(lambda: max(range(2**60, 2**60 + 5))); t(lambda: sorted(range(2**60, 2**60 + 3), reverse=True)); t(lambda: [x for x in range(2**63, 2**63 + 2)])
for i in range(2**53 - 1, 2**53 + 2): print(i)
