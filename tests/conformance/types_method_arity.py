# Calling every method of the builtin types with no arguments and with too many.
objs = ["abc", [1], {1: 2}, {1}, frozenset([1]), (1,), b"ab", bytearray(b"ab"), 5, 2.5, range(3), 1j]
for o in objs:
    for name in sorted(dir(o)):
        if name.startswith("__") or name in ("is_integer", "sort", "translate", "from_bytes", "to_bytes"): continue
        m = getattr(o, name)
        if not callable(m): continue
        for args in [(), (1, 2, 3, 4, 5)]:
            try:
                if type(o) in (list, dict, set, bytearray): o2 = type(o)(o); m = getattr(o2, name)
                r = m(*args)
                print(type(o).__name__, name, len(args), "ok")
            except Exception as e:
                print(type(o).__name__, name, len(args), type(e).__name__, e)

for T in [int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, bool, complex, range, slice, object, enumerate, map, filter, reversed]:
    for args, kw in [((), {}), ((1, 2, 3, 4, 5), {}), ((), {"zz": 1}), (([1],), {"zz": 1})]:
        try:
            r = T(*args, **kw)
            print(T.__name__, len(args), kw, "ok", type(r).__name__)
        except Exception as e:
            print(T.__name__, len(args), kw, type(e).__name__, e)
