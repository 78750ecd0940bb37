def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Pt:
    def __init__(self, x, y=0):
        self.x = x
    def move(self, dx, *, scale=1):
        return self.x + dx * scale
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper(a, b):
        return a + b
    @property
    def norm(self):
        return abs(self.x)

p = Pt(1)
t(lambda: Pt())
t(lambda: Pt(1, 2, 3))
t(lambda: Pt(1, z=3))
t(lambda: p.move())
t(lambda: p.move(1, 2))
t(lambda: p.move(1, scal=2))
t(lambda: Pt.move(1))
t(lambda: Pt.make())
t(lambda: Pt.helper(1))
t(lambda: p.norm())
t(lambda: p())
t(lambda: 5())
t(lambda: "abc"())
t(lambda: None())
t(lambda: [1, 2]())
t(lambda: p.nonexistent)
t(lambda: p.mov(1))
t(lambda: Pt.mak)
t(lambda: len())
t(lambda: len(1, 2))
t(lambda: int("1", "2", "3"))
t(lambda: print(sep=1))
t(lambda: sorted([3, 1], reverse=None, key=5))
t(lambda: sorted([1, "a"]))
t(lambda: [3, None].sort())
t(lambda: max(1, "a"))
t(lambda: {}.get())
t(lambda: "a".split(1))
t(lambda: "a".replace("a"))
t(lambda: "abc".startswith(["a"]))
t(lambda: "{0}".format())
t(lambda: "%d" % "x")
t(lambda: "%s %s" % (1,))
t(lambda: "%s" % (1, 2))
t(lambda: [].remove(1))
t(lambda: (1, 2).index(3))
t(lambda: {1, 2}.remove(3))
t(lambda: dict(a=1)["b"])
t(lambda: [][0])
t(lambda: [1][-2])
t(lambda: "ab"[5])
t(lambda: range(3)[10])
t(lambda: {}.popitem())
t(lambda: iter([]).__next__())
t(lambda: next(iter([])))
t(lambda: int.bit_length())
t(lambda: object().__eq__())
t(lambda: getattr(p, 5))
t(lambda: setattr(5, "a", 1))
t(lambda: delattr(p, "zz"))
t(lambda: isinstance(p, 5))
t(lambda: issubclass(p, Pt))
t(lambda: super())
t(lambda: type("X", 5, {}))
t(lambda: type(1, 2))
t(lambda: frozenset([1]).add(2))
t(lambda: (1, 2).append(3))
t(lambda: "abc".append("d"))
t(lambda: tuple()[0])
t(lambda: hash({}))
t(lambda: {[1]: 2})
t(lambda: {{1}})
t(lambda: list(range(3))[1:2:0])
t(lambda: bytes("abc"))
t(lambda: b"a" + "b")
t(lambda: "a" + b"b")
t(lambda: sum(1, 2))
t(lambda: zip(1))
t(lambda: enumerate(5))
t(lambda: map(None))
t(lambda: abs())
t(lambda: round("1"))
t(lambda: divmod(1))
t(lambda: chr("a"))
t(lambda: ord(5))
t(lambda: open())
t(lambda: exec(5))
t(lambda: eval("1 +"))
t(lambda: globals()["nope"])
t(lambda: undefined_thing)
t(lambda: lenn([1]))
t(lambda: Pt.x)
def needs_kw(*, key):
    return key
t(lambda: needs_kw(1))
t(lambda: needs_kw())
def posonly(a, b, /):
    return a
t(lambda: posonly(a=1, b=2))
def many(a, b, c, d):
    pass
t(lambda: many(1))
t(lambda: many(1, 2, 3, 4, 5))
t(lambda: many(1, 2, c=3, e=4, d=5))
t(lambda: (lambda x: x)())
t(lambda: (lambda: 1)(2))
