d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "c": 30, "d": 40}
print(sorted(d1.keys() & d2.keys()), sorted(d1.keys() | d2.keys()), sorted(d1.keys() - d2.keys()), sorted(d1.keys() ^ d2.keys()))
print(sorted(d1.items() & {("a", 1), ("b", 9)}), ("a", 1) in d1.items(), 2 in d1.values(), len(d1.values()))
k = d1.keys()
d1["z"] = 26
print(list(k), list(reversed(d1.values())), d1.keys() == {"a", "b", "c", "z"}, k.isdisjoint(["q"]))
print(dict(sorted(d2.items(), key=lambda kv: -kv[1])), {**d1, **d2}, d1 | d2 == {**d1, **d2})
merged = {}
for d in (d1, d2):
    for key, val in d.items():
        merged.setdefault(key, []).append(val)
print(merged)
