print(abs(-3), all([]), any([]), all([1, 0]), any([0, 1]), ascii("héllo"), bin(10), bool([]), callable(len), callable(1))
print(chr(9731), ord("☃"), divmod(17, 5), list(enumerate(["a", "b"], start=5)), list(filter(None, [0, 1, "", "a"])))
print(format(12, "04d"), hash("a") == hash("a"), hex(16), id(1) == id(1), isinstance(1, (str, int)), issubclass(bool, int))
print(len("abc"), list(map(lambda x, y: x + y, [1, 2], [3, 4])), max([1, 5, 3]), max("a", "b", key=str.upper), max([], default=0))
print(min((3, "c"), (1, "a")), min([], default=None), min([4, 2, 8], key=lambda x: -x), next(iter([1])), next(iter([]), "dflt"))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(oct(64), pow(2, 5), list(range(10, 0, -3)), repr(range(5)), range(0, 10, 2)[2], len(range(0, 10, 3)), range(5)[-1], 3 in range(5))
print(list(reversed(range(4))), round(3.14159, 3), sorted([(2, "b"), (1, "a")]), sum(range(101)), list(zip(*[(1, 2), (3, 4)])))
print(type(1), type("x"), type([]), type({}), type(None), type(len), type(type), type(print).__name__, type(3.0).__name__)
print(getattr("abc", "upper")(), getattr(1, "nope", "dflt"), hasattr([], "append"), vars(type("X", (), {"a": 1}))["a"])
class P:
    def __init__(self):
        self.x = 1
p = P()
setattr(p, "y", 2); print(vars(p), p.__dict__); delattr(p, "x"); print(vars(p))
try:
    getattr(p, "zz")
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(p, P), isinstance(p, object), sorted(dir(p))[-1], "y" in dir(p))
print(repr(None), str(None), repr(...), repr(NotImplemented), int(), float(), str(), list(), dict(), tuple(), set(), bool())
print(eval("1 + 2"), eval("x * 2", {"x": 5}), exec("z = 3") is None)
g = {}
exec("def f(a):\n    return a * 10\nr = f(4)", g)
print(g["r"])
print(list(iter([1, 2, 3])), list(iter(iter([4]))))
it = iter(range(3)); print(next(it), list(it))
calls = [3, 2, 1, 0]
print(list(iter(lambda: calls.pop(), 1)))
print(slice(1, 5, 2), slice(3), slice(1, 10, 2).indices(5), [1, 2, 3, 4, 5][slice(1, 4)])
print(frozenset({1}), bytearray(b"x"), bytes(2), object().__class__.__name__)
print(isinstance([], list), isinstance((), tuple), type(3) is int, int in (int, float))
print(sorted({3: "a", 1: "b"}.items()), list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])))
print(round(-1.5), round(1.5), round(0.5), round(1.25, 1), round(1.35, 1), round(5, 1), round(15, -1), round(25, -1))
print(repr(1.0 / 3), str(2 ** 0.5), f"{'nested'!r:>10}", "{:>{w}}".format("x", w=4))
print(sum([1.5, 2.5]), sum((), 0.0), any(x > 2 for x in [1, 3]), all(x > 0 for x in [1, 2]))
print(list(zip("abc", range(10))), dict(enumerate("xy")), list(zip()), list(map(abs, [-1, -2])))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(1, bool), issubclass(int, object), type.__name__, object.__name__, int.__mro__, bool.__mro__)
print(hash(1) == 1, hash(-1), hash(0.5) == hash(0.5), hash(()) == hash(()), hash(True))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
print(globals()["__name__"], "P" in globals(), locals() is globals())
def lf(a, b=2):
    c = 3
    return sorted(locals().items())
print(lf(1))
print(print.__name__, len.__doc__ is not None or True, (lambda: 0).__name__, lf.__name__, lf.__defaults__, lf.__code__.co_argcount)
print(input.__name__, open.__name__, isinstance(print, type(len)))
