for exc in [ValueError(), ValueError("one"), ValueError("one", 2), KeyError("k"), KeyError(), OSError(2, "not found"), StopIteration(7), SystemExit(3), IndexError(0)]:
    print(type(exc).__name__, repr(exc), str(exc), exc.args)
e = ValueError("msg")
e.extra = 5
print(e.extra, hasattr(e, "extra"))
class Rich(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code, detail)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
r = Rich(404, "missing")
print(str(r), repr(r), r.args, r.code)
try:
    raise Rich(500)
except Rich as err:
    print(err, err.args)
