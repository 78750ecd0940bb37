d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, "z" in d, d.setdefault("a", 9), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("zz", "dflt"), d)
d.update({"x": 10}, y=20); d.update([("z", 30)]); print(d)
print(d.popitem(), d)
c = d.copy(); c["a"] = 100; print(d["a"], c["a"])
print(dict(zip("abc", [1, 2, 3])), dict(a=1, b=2), dict([(1, "one")]), dict.fromkeys([1, 2], "v"))
print({k: v * 2 for k, v in {"p": 1, "q": 2}.items()})
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
print({1: "int", 1.0: "float", True: "bool"})
k = d.keys()
print(len(k), "a" in k, sorted(k))
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2}, {} == {})
print({"x": 1} | {"y": 2}, {**{"a": 1}, **{"a": 2, "b": 3}})
e = {}
e |= {"m": 1}
print(e)
try:
    {}["nope"]
except KeyError as ex:
    print("KeyError", ex, ex.args)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
for key in sorted({"z": 1, "m": 2, "a": 3}):
    print(key, end=" ")
print()
dd = {i: i * i for i in range(6)}
for key in list(dd):
    if key % 2:
        del dd[key]
print(dd, list(reversed(dd)))
try:
    for key in dd:
        dd[key + 100] = 1
except RuntimeError as ex:
    print("RuntimeError:", ex)
print({(1, 2): "tuple key"}[(1, 2)], {None: 0}[None], {frozenset([1]): "fs"}[frozenset([1])])
