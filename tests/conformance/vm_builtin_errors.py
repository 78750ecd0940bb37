cases = [
    lambda: int("3.5"), lambda: int(None), lambda: float([]), lambda: len(3), lambda: abs("x"),
    lambda: sum(["a", "b"]), lambda: max(), lambda: min([]), lambda: sorted([3, "a"]), lambda: chr(0x110000),
    lambda: ord(""), lambda: divmod(5, 0), lambda: pow(0, -1), lambda: round("x"), lambda: list(1),
    lambda: dict(1), lambda: set(5), lambda: tuple(None), lambda: range("a"), lambda: iter(None),
    lambda: next([]), lambda: getattr(object(), "nope"), lambda: hash({}), lambda: "x" + 1, lambda: [1] + (1,),
    lambda: {} + {}, lambda: 1 @ 2, lambda: "%d" % "s", lambda: "{".format(), lambda: bytes("x"),
    lambda: [].index(1), lambda: "abc".index("d"), lambda: {}.pop("k"), lambda: set().pop(), lambda: [].pop(),
    lambda: (1, 2)[5], lambda: "abc"[9], lambda: {"a": 1}["b"], lambda: int("1" * 5, 2), lambda: 5 .real(),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)
