def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    return None
r = find([1, 2, 3], 5)
print(r, r is None, find([1, 2, 3], 2), type(None).__name__, None == None, repr(None), str(None))
vals = [3, None, 1, None, 2]
print([v for v in vals if v is not None], sorted(v for v in vals if v is not None), vals.count(None))
print(None or "default", None and "x", bool(None), [None] * 2, {None: "none key"}[None])
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
def implicit():
    pass
print(implicit(), implicit() is None)
