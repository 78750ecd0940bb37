def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
base = {"db": {"host": "localhost", "port": 5432}, "debug": False}
override = {"db": {"port": 6543, "user": "admin"}, "debug": True, "extra": [1]}
print(deep_merge(base, override), base)
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
print(flatten(deep_merge(base, override)))
