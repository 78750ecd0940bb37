d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print(list(d.keys()), list(d.values()), [k for k, v in d.items() if v > 1])
d["four"] = 4
del d["one"]
d["one"] = 1
print(list(d), len(d), list(reversed(d)))
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
inv = {v: k for k, v in d.items()}
print(inv, max(d, key=d.get), min(d.values()), sum(d.values()))
print(d.keys() & {"two", "zzz"} == {"two"}, sorted(d.keys() - {"two"}), len(d.items()))
dd = dict.fromkeys(range(3))
print(dd, {1: "a"}.items() == {(1, "a")})
