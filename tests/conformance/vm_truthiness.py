values = [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), b"", b"x"]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no", not v)
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Plain:
    pass
print(bool(Empty()), bool(Falsy()), bool(Plain()), len(Empty()))
print(0 or [] or "" or "last", 1 and "x" and None, [] and 1, "a" or 0)
