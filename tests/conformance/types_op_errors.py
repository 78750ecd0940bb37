# Operator, attribute and hashing errors on builtin types; unbound methods and dunder calls.
from import_helper_types import t
t(lambda: [] + 1); t(lambda: "a" * "b"); t(lambda: 1 + "a"); t(lambda: {} + {}); t(lambda: -"a"); t(lambda: ~1.5); t(lambda: +[]); t(lambda: "a" - "b"); t(lambda: None + 1); t(lambda: [1] * 1.5); t(lambda: 1 @ 2); t(lambda: "a" < None)
t(lambda: (1).x); t(lambda: "a".foo); t(lambda: [].bar); t(lambda: None.x); t(lambda: setattr(1, "x", 2)); t(lambda: setattr(1, "real", 2)); t(lambda: setattr([], "append", 2)); t(lambda: setattr(int, "x", 1)); t(lambda: delattr(1, "x")); t(lambda: int.x)
t(lambda: 1 << 1.0); t(lambda: 1.0 << 1); t(lambda: 1 & 1.0); t(lambda: 5 % "a"); t(lambda: "%d" % []); t(lambda: divmod("a", 1)); t(lambda: 2 ** "a"); t(lambda: pow(2, 3, "a")); nn, ff = None, 1.0
t(lambda: [1][nn]); t(lambda: (1,)[ff]); t(lambda: {}[[]]); t(lambda: {[]: 1})
t(lambda: len(iter([]))); t(lambda: 1 in 5); t(lambda: "a" in ["a"]); t(lambda: [] in {}); t(lambda: 1 in "abc"); t(lambda: hash([])); t(lambda: hash({})); t(lambda: hash(set())); t(lambda: {{}}); t(lambda: frozenset([[1]]))
t(lambda: int.real); t(lambda: str.upper); t(lambda: str.upper("ab")); t(lambda: str.upper(1)); t(lambda: list.append([], 1)); t(lambda: dict.get({1: 2}, 1))
t(lambda: int.__add__(1, 2)); t(lambda: int.__add__(1, 2.0)); t(lambda: float.__add__(1.0, 2)); t(lambda: (1).__truediv__(0)); t(lambda: (1).__radd__(1.5)); t(lambda: str.__add__("a", 1)); t(lambda: list.__add__([1], (2,))); t(lambda: (3).__lt__(2.5)); t(lambda: "a".__eq__(1)); t(lambda: (1).__eq__(1.0))
x = [1, 2]; t(lambda: x.__iadd__(5)); t(lambda: x.__contains__(1)); t(lambda: x.__len__()); t(lambda: x.__getitem__(slice(0, 1))); t(lambda: x.__class__); t(lambda: x.__class__.__name__); t(lambda: x.__class__.__mro__); t(lambda: bool.__mro__); t(lambda: bool.__bases__)
t(lambda: int.__name__); t(lambda: int.__qualname__); t(lambda: int.__module__); t(lambda: list.__len__.__name__); t(lambda: repr(list.__len__)[:30]); t(lambda: repr(str.upper)); t(lambda: repr("".upper)[:28]); t(lambda: repr(dict.fromkeys)[:40])
t(lambda: isinstance(1, float)); t(lambda: issubclass(int, (str, object))); t(lambda: issubclass(1, int)); t(lambda: isinstance(1, 1)); t(lambda: type(1)(5)); t(lambda: type("a")(5)); t(lambda: type(None)()); t(lambda: type(...)); t(lambda: type(NotImplemented))
