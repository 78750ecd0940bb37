# Builtin functions called with no arguments, too many, or an unknown keyword.
import builtins
names = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "dir", "divmod", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "isinstance", "issubclass", "iter", "len", "locals", "max", "min", "next", "oct", "ord", "repr", "round", "setattr", "sorted", "sum", "vars", "print", "input"]
for n in names:
    f = getattr(builtins, n)
    for args, kw in [((), {}), ((1, 2, 3, 4, 5, 6), {}), ((1,), {"zz": 1})]:
        if n in ("input", "print") and not kw and not args: continue
        if n == "print" and args: continue
        if n in ("globals", "locals", "dir", "vars") and not args: continue
        try:
            r = f(*args, **kw)
            print(n, len(args), "ok")
        except Exception as e:
            print(n, len(args), kw, type(e).__name__, e)
