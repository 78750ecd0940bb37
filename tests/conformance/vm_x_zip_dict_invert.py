keys = ["a", "b", "c"]
vals = [1, 2, 3]
d = dict(zip(keys, vals))
inv = {v: k for k, v in d.items()}
print(d, inv, list(zip(*d.items())), dict(zip(vals, keys)) == inv)
pairs = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
print(pairs, dict(pairs), list(d) == keys)
