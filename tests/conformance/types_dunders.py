# Dunder methods of builtin types called directly, generic aliases, object.__new__ safety, dir() of builtin types.
from import_helper_types import t
t(lambda: (5).__add__(3)); t(lambda: (5).__add__("a")); t(lambda: "a".__len__()); t(lambda: [1].__contains__(1)); t(lambda: int.__new__(int, 5)); t(lambda: object.__new__(int)); t(lambda: list[int]); t(lambda: dict[str, int]); t(lambda: tuple[int, ...]); t(lambda: type(list[int])); t(lambda: list[int]([1, 2])); t(lambda: set[str]); t(lambda: (int | str)); t(lambda: isinstance(1, int | str))
d = {}; dict.__init__(d, a=1); print(d); l = [5]; list.__init__(l, [1, 2]); print(l); t(lambda: str.__new__(str, 5)); t(lambda: float.__new__(float, "1.5")); t(lambda: tuple.__new__(tuple, [1]))
t(lambda: (1).__bool__()); t(lambda: (0.0).__bool__()); t(lambda: "".__bool__() if hasattr("", "__bool__") else "nobool"); t(lambda: [].__len__()); t(lambda: (3.7).__int__()); t(lambda: (3).__float__()); t(lambda: (-3).__abs__()); t(lambda: (3).__neg__()); t(lambda: (6).__truediv__(4)); t(lambda: (6).__rtruediv__(4)); t(lambda: (6).__pow__(2, 5)); t(lambda: (2.0).__pow__(3)); t(lambda: (5).__rsub__(8))
t(lambda: "abc".__getitem__(1)); t(lambda: "ab".__mul__(2)); t(lambda: "ab".__rmul__(2)); t(lambda: "%s".__mod__(5)); t(lambda: "a".__lt__("b")); t(lambda: "a".__lt__(1)); t(lambda: (1).__lt__("a")); t(lambda: [1].__eq__([1])); t(lambda: [1].__ne__(5)); t(lambda: {}.__or__(5)); t(lambda: {1}.__and__({1, 2}))
t(lambda: (1, 2).__hash__() == hash((1, 2))); t(lambda: "x".__hash__() == hash("x")); t(lambda: [].__hash__); t(lambda: (5).__format__("03")); t(lambda: (5.5).__format__(".0f")); t(lambda: "x".__format__(">3")); t(lambda: (5).__round__()); t(lambda: (5.55).__round__(1)); t(lambda: (7).__divmod__(2)); t(lambda: (7.0).__rdivmod__(2))
t(lambda: (1).__sizeof__() > 0); t(lambda: int.__dict__["bit_length"]); t(lambda: "__add__" in dir(int)); t(lambda: sorted(n for n in dir(list) if not n.startswith("_"))); t(lambda: sorted(n for n in dir(dict) if not n.startswith("_"))); t(lambda: sorted(n for n in dir(str) if not n.startswith("_"))); t(lambda: sorted(n for n in dir(set) if not n.startswith("_"))); t(lambda: sorted(n for n in dir(int) if not n.startswith("_"))); t(lambda: sorted(n for n in dir(float) if not n.startswith("_"))); t(lambda: sorted(n for n in dir(bytes) if not n.startswith("_"))); t(lambda: sorted(n for n in dir(tuple) if not n.startswith("_")))
class A: pass
class MyInt(int): pass
class E(Exception): pass
for c in [A, int, MyInt, list, dict, E, object]:
    t(lambda: type(object.__new__(c)).__name__)
