d = {"a": 0, "b": None, "c": False}
for k in ["a", "b", "c", "d"]:
    print(k, d.get(k), d.get(k, "dflt"), k in d, d.get(k) is None)
print(d.setdefault("d", []), d)
d["d"].append(1)
print(d)
